package com.passerelle.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.passerelle.common.InvalidRequestException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunEndWaitsTest {
  @Test
  void noWaitIsNoWait() {
    assertEquals(Duration.ZERO, RunEndWaits.parseWait(null));
    assertEquals(Duration.ZERO, RunEndWaits.parseWait(""));
    assertEquals(Duration.ZERO, RunEndWaits.parseWait(" "));
    assertEquals(Duration.ZERO, RunEndWaits.parseWait("0"));
  }

  @Test
  void secondsUpToTheCap() {
    assertEquals(Duration.ofSeconds(5), RunEndWaits.parseWait("5"));
    assertEquals(Duration.ofSeconds(59), RunEndWaits.parseWait(" 59 "));
    assertEquals(RunEndWaits.MAX_WAIT, RunEndWaits.parseWait("60"));
    assertEquals(RunEndWaits.MAX_WAIT, RunEndWaits.parseWait("999999999"));
    assertEquals(RunEndWaits.MAX_WAIT, RunEndWaits.parseWait("99999999999999999999999"));
  }

  @Test
  void anythingElseIsRefusedWithTheRule() {
    for (String wrong :
        new String[] {"-1", "x", "1.5", "1e3", "+5", "0x10", "PT5S", "٥", "５", "5 5"}) {
      InvalidRequestException e =
          assertThrows(InvalidRequestException.class, () -> RunEndWaits.parseWait(wrong), wrong);
      assertEquals("wait must be a whole number of seconds, 0 to 60.", e.getMessage());
    }
  }
}

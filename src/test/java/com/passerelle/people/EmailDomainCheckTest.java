package com.passerelle.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.demo.DemoDns;
import com.passerelle.people.EmailDomainCheck.Verdict;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DNS check against a DNS server on a local UDP port (demo.DemoDns, started here): a domain
 * with an address is valid, one that does not exist or has no record is not, a server that never
 * answers gives "unknown" within the timeout, and each domain is asked once per run.
 */
class EmailDomainCheckTest {
  private DemoDns dns;

  @BeforeEach
  void startDns() {
    dns = new DemoDns(Set.of()); // good.test has an address, nowhere.* does not exist
  }

  @AfterEach
  void stopDns() {
    dns.close();
  }

  private EmailDomainCheck check(Duration timeout) {
    return new EmailDomainCheck(dns.url(), timeout);
  }

  @Test
  void aDomainWithAnAddressIsValidAndOthersAreNot() {
    EmailDomainCheck check = check(Duration.ofSeconds(2));
    assertEquals(Verdict.VALID, check.check("good.test"));
    assertEquals(Verdict.INVALID, check.check("nowhere.test"));
    assertEquals(Verdict.INVALID, check.check("norecord.test"));
  }

  @Test
  void eachDomainIsAskedOncePerRun() {
    EmailDomainCheck check = check(Duration.ofSeconds(2));
    check.check("good.test");
    int asked = dns.queries();
    for (int i = 0; i < 100; i++) {
      assertEquals(Verdict.VALID, check.check("good.test"));
    }
    assertEquals(asked, dns.queries(), "the cache did not answer");
  }

  @Test
  void aServerThatNeverAnswersGivesUnknownWithinTheTimeout() {
    long start = System.nanoTime();
    assertEquals(Verdict.UNKNOWN, check(Duration.ofMillis(300)).check("silent.test"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 5000, "took " + millis + " ms");
  }

  @Test
  void afterThreeDomainsWithoutAnswerTheRestOfTheRunIsNotChecked() {
    EmailDomainCheck check = check(Duration.ofMillis(200));
    for (int i = 0; i < 3; i++) {
      assertEquals(Verdict.UNKNOWN, check.check("silent" + i + ".test"));
    }
    long start = System.nanoTime();
    for (int i = 3; i < 100; i++) {
      assertEquals(Verdict.UNKNOWN, check.check("silent" + i + ".test"));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 100, "97 more domains took " + millis + " ms");
  }
}

package com.passerelle.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignatureTest {
  // The Standard Webhooks reference vector (the spec's libraries test against it).
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final long TIMESTAMP = 1614265330;
  private static final String BODY = "{\"test\": 2432232314}";

  @Test
  void signsTheSpecsExampleAsItsLibrariesDo() {
    assertEquals(
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        Signature.of(SECRET).sign(ID, TIMESTAMP, BODY));
  }

  @Test
  void anyChangeOfIdTimestampOrBodyChangesTheSignature() {
    Signature s = Signature.of(SECRET);
    String reference = s.sign(ID, TIMESTAMP, BODY);
    assertNotEquals(reference, s.sign(ID + "x", TIMESTAMP, BODY));
    assertNotEquals(reference, s.sign(ID, TIMESTAMP + 1, BODY));
    assertNotEquals(reference, s.sign(ID, TIMESTAMP, "{\"test\":2432232314}"));
  }

  @Test
  void anIdWithAFullStopIsRefused() {
    // "a.b" + ".ts." would sign the same bytes as "a" + ".b.ts." otherwise
    assertThrows(
        IllegalArgumentException.class, () -> Signature.of(SECRET).sign("a.b", TIMESTAMP, BODY));
  }

  @Test
  void secretsMustBeWhsecBase64Of24To64Bytes() {
    assertNull(Signature.problem(SECRET)); // 24 bytes
    assertNotNull(Signature.problem("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")); // no prefix
    assertNotNull(Signature.problem("whsec_not base64!"));
    assertTrue(Signature.problem("whsec_c2hvcnQ=").contains("holds 5"));
    assertNotNull(Signature.problem(null));
    assertThrows(IllegalArgumentException.class, () -> Signature.of("whsec_c2hvcnQ="));
  }
}

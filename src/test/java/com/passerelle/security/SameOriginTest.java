package com.passerelle.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {

  @Test
  void theRequestsOwnOriginMatches() {
    assertTrue(SameOrigin.matches("http://localhost:9080", "localhost:9080", false));
    assertTrue(SameOrigin.matches("https://hr.example.com", "hr.example.com", true));
    assertTrue(SameOrigin.matches("https://hr.example.com:443", "HR.example.com", true));
    assertTrue(SameOrigin.matches("http://[::1]:9080", "[::1]:9080", false));
    // behind a proxy ending TLS the request is plain HTTP, the page was HTTPS
    assertTrue(SameOrigin.matches("https://hr.example.com", "hr.example.com:443", false));
  }

  @Test
  void anyOtherOriginDoesNot() {
    assertFalse(SameOrigin.matches("https://evil.example", "localhost:9080", false));
    assertFalse(SameOrigin.matches("http://localhost:9081", "localhost:9080", false), "port");
    assertFalse(SameOrigin.matches("http://localhost", "localhost:9080", false), "default port");
    assertFalse(SameOrigin.matches("http://hr.example.com", "hr.example.com", true), "downgrade");
    assertFalse(SameOrigin.matches("http://hr.example.com.evil", "hr.example.com", false));
    assertFalse(SameOrigin.matches("null", "localhost:9080", false), "sandboxed frames, files");
    assertFalse(SameOrigin.matches("file://", "localhost:9080", false));
    assertFalse(SameOrigin.matches("http://localhost:9080", null, false), "no Host");
    assertFalse(SameOrigin.matches("not a url at all", "localhost:9080", false));
  }
}

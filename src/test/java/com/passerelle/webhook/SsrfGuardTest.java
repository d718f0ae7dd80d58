package com.passerelle.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.catalog.ErrorCode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SsrfGuardTest {
  private static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal); // a literal: no DNS question
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A DNS the test writes: host → addresses. */
  private static SsrfGuard.Resolver dns(Map<String, String[]> answers) {
    return host -> {
      String[] a = answers.get(host);
      if (a == null) {
        throw new UnknownHostException(host);
      }
      InetAddress[] out = new InetAddress[a.length];
      for (int i = 0; i < a.length; i++) {
        out[i] = ip(a[i]);
      }
      return out;
    };
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.10.10",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "100.64.0.1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "169.254.169.254",
        "fd00:ec2::254",
        "0.0.0.0",
        "::",
        "224.0.0.1",
        "ff02::1",
        "255.255.255.255"
      })
  void privateAndSpecialAddressesAreRefused(String address) {
    assertNotNull(new SsrfGuard(false).refusal(ip(address)), address + " was allowed");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "2606:2800:220:1:248:1893:25c8:1946",
        "172.32.0.1",
        "100.128.0.1"
      })
  void publicAddressesAreAllowed(String address) {
    assertNull(new SsrfGuard(false).refusal(ip(address)), address + " was refused");
  }

  @Test
  void allowingPrivateAddressesOpensLoopbackAndPrivateRangesButNeverMetadata() {
    SsrfGuard demo = new SsrfGuard(true);
    assertNull(demo.refusal(ip("127.0.0.1")));
    assertNull(demo.refusal(ip("10.0.0.5")));
    assertNotNull(demo.refusal(ip("169.254.169.254")));
    assertNotNull(demo.refusal(ip("0.0.0.0")));
  }

  @Test
  void everyAddressANameResolvesToIsChecked() {
    SsrfGuard guard =
        new SsrfGuard(
            false, dns(Map.of("hr.example.com", new String[] {"93.184.216.34", "10.0.0.7"})));
    DeliveryException e =
        assertThrows(DeliveryException.class, () -> guard.check("hr.example.com"));
    assertEquals(ErrorCode.WEBHOOK_BLOCKED_ADDRESS, e.code());
    assertTrue(e.getMessage().contains("10.0.0.7 (private address)"), e.getMessage());
  }

  @Test
  void aNameDnsDoesNotKnowIsAnUnknownHost() {
    SsrfGuard guard = new SsrfGuard(false, dns(Map.of()));
    assertEquals(
        ErrorCode.WEBHOOK_UNKNOWN_HOST,
        assertThrows(DeliveryException.class, () -> guard.check("nowhere.example")).code());
  }

  @Test
  void aPublicNameIsAllowed() {
    SsrfGuard guard =
        new SsrfGuard(false, dns(Map.of("hr.example.com", new String[] {"93.184.216.34"})));
    assertEquals(1, guard.check("hr.example.com").size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "169.254.170.2",
        "169.254.169.254",
        "::169.254.169.254",
        "::ffff:169.254.169.254",
        "64:ff9b::a9fe:a9fe",
        "168.63.129.16",
        "100.100.100.200",
        "fe80::1"
      })
  void metadataAndLinkLocalAddressesAreRefusedEvenWherePrivateOnesAreAllowed(String literal) {
    assertNotNull(new SsrfGuard(true).refusal(ip(literal)), literal);
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "::1", "::ffff:127.0.0.1", "10.0.0.1"})
  void privateAddressesGoWhereAllowed(String literal) {
    assertNull(new SsrfGuard(true).refusal(ip(literal)), literal);
  }

  @ParameterizedTest
  @ValueSource(strings = {"64:ff9b::7f00:1", "::127.0.0.1", "::ffff:10.0.0.1"})
  void ipv6FormsOfPrivateIpv4AddressesAreRefused(String literal) {
    assertNotNull(new SsrfGuard(false).refusal(ip(literal)), literal);
  }
}

package com.passerelle.webhook;

import com.passerelle.catalog.ErrorCode;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Refuses to call into our own networks: a customer's URL that resolves (after DNS, every address
 * it gives) to loopback, a private or link-local range, a unique-local IPv6 address or a cloud
 * metadata address is blocked, unless the server allows private addresses
 * (passerelle.webhook.allow.private: the demo inbox and the tests listen on localhost). Metadata,
 * "any" (0.0.0.0, ::), multicast and broadcast addresses are never called.
 *
 * <p>The HTTP client resolves the name again when it connects: a DNS answer that changes between
 * the two (rebinding) is not caught here. Servers that must rule it out send webhooks through an
 * egress proxy or firewall that filters internal ranges, as the Standard Webhooks spec advises.
 */
public final class SsrfGuard {
  /** Looks names up; the tests give their own answers. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean allowPrivate;
  private final Resolver resolver;

  public SsrfGuard(boolean allowPrivate) {
    this(allowPrivate, InetAddress::getAllByName);
  }

  public SsrfGuard(boolean allowPrivate, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  /**
   * The host's addresses when every one may be called; else {@link DeliveryException} with
   * WEBHOOK_UNKNOWN_HOST or WEBHOOK_BLOCKED_ADDRESS.
   */
  public List<InetAddress> check(String host) {
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new DeliveryException(ErrorCode.WEBHOOK_UNKNOWN_HOST, "unknown host " + host);
    }
    if (addresses == null || addresses.length == 0) {
      throw new DeliveryException(ErrorCode.WEBHOOK_UNKNOWN_HOST, "unknown host " + host);
    }
    for (InetAddress address : addresses) {
      String why = refusal(address);
      if (why != null) {
        throw new DeliveryException(
            ErrorCode.WEBHOOK_BLOCKED_ADDRESS,
            host + " resolves to " + address.getHostAddress() + " (" + why + ")");
      }
    }
    return List.of(addresses);
  }

  /** Why this address may not be called, or null. */
  String refusal(InetAddress address) {
    if (address instanceof Inet6Address v6 && embeddedV4(v6) != null) {
      // ::ffff:a.b.c.d, ::a.b.c.d and NAT64 64:ff9b::a.b.c.d reach an IPv4 address: judged as it
      return refusal(embeddedV4(v6));
    }
    if (isMetadata(address)) {
      return "cloud metadata address";
    }
    if (address.isLinkLocalAddress()) {
      // 169.254.0.0/16 and fe80::/10 hold cloud credentials endpoints (169.254.170.2 too), never
      // a customer's receiver: refused even where private addresses are allowed
      return "link-local address";
    }
    if (address.isAnyLocalAddress()) {
      return "unspecified address";
    }
    if (address.isMulticastAddress() || isBroadcast(address)) {
      return "multicast or broadcast address";
    }
    if (allowPrivate) {
      return null;
    }
    if (address.isLoopbackAddress()) {
      return "loopback address";
    }
    if (address.isSiteLocalAddress() || isCarrierNat(address) || isUniqueLocal(address)) {
      return "private address";
    }
    return null;
  }

  /** Cloud metadata services: AWS/GCP/OpenStack, Azure's wire server, Alibaba, AWS IPv6. */
  private static boolean isMetadata(InetAddress a) {
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int[] v = {b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff};
      return java.util.Arrays.equals(v, new int[] {169, 254, 169, 254})
          || java.util.Arrays.equals(v, new int[] {168, 63, 129, 16})
          || java.util.Arrays.equals(v, new int[] {100, 100, 100, 200});
    }
    // AWS's IPv6 metadata endpoint fd00:ec2::254
    byte[] metadata = {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0x54};
    return java.util.Arrays.equals(b, metadata);
  }

  private static boolean isBroadcast(InetAddress a) {
    byte[] b = a.getAddress();
    return a instanceof Inet4Address && (b[0] & b[1] & b[2] & b[3] & 0xff) == 0xff;
  }

  /** 100.64.0.0/10, shared by carrier-grade NAT: not the internet. */
  private static boolean isCarrierNat(InetAddress a) {
    byte[] b = a.getAddress();
    return a instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
  }

  /** fc00::/7, IPv6's private range. */
  private static boolean isUniqueLocal(InetAddress a) {
    return a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
  }

  private static InetAddress embeddedV4(Inet6Address a) {
    byte[] b = a.getAddress();
    boolean nat64 = // 64:ff9b::/96, the well-known NAT64 prefix
        b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
    for (int i = nat64 ? 4 : 0; i < 12; i++) {
      boolean mappedMarker = !nat64 && (i == 10 || i == 11) && (b[i] & 0xff) == 0xff;
      if (b[i] != 0 && !mappedMarker) {
        return null;
      }
    }
    boolean mapped = !nat64 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = b[10] == 0 && b[11] == 0;
    if (!nat64 && !mapped && !compatible) {
      return null;
    }
    if (!nat64 && compatible && b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] & 0xfe) == 0) {
      return null; // :: and ::1 are IPv6's own unspecified and loopback addresses
    }
    try {
      return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
    } catch (UnknownHostException e) {
      return null;
    }
  }
}

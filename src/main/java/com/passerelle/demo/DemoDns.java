package com.passerelle.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A tiny DNS server on a free loopback UDP port, for the demo (whose machine may not reach a
 * resolver) and the tests: the email domain check asks it real DNS questions. Every domain has an
 * address except those said not to exist (NXDOMAIN); names starting with "silent" are never
 * answered and "norecord" ones have no record, so a test sees each verdict.
 */
public final class DemoDns implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(DemoDns.class.getName());

  /** Domains the demo's DNS says do not exist: the demo file's "Domain name is not valid". */
  static final Set<String> DEMO_NONEXISTENT = Set.of("example-labs.fr");

  private static DemoDns demo;

  private final DatagramSocket socket;
  private final Set<String> nonexistent;
  private final AtomicInteger queries = new AtomicInteger();

  public DemoDns(Set<String> nonexistent) {
    this.nonexistent = Set.copyOf(nonexistent);
    try {
      socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread server = new Thread(this::serve, "demo-dns");
    server.setDaemon(true);
    server.start();
  }

  /** The demo's server (started on first use), as a JNDI DNS URL. */
  public static synchronized String demoUrl() {
    if (demo == null) {
      demo = new DemoDns(DEMO_NONEXISTENT);
      LOG.info("Demo DNS answering email domain checks on " + demo.url());
    }
    return demo.url();
  }

  public String url() {
    return "dns://127.0.0.1:" + socket.getLocalPort();
  }

  public int queries() {
    return queries.get();
  }

  @Override
  public void close() {
    socket.close();
  }

  private void serve() {
    byte[] buffer = new byte[512];
    while (!socket.isClosed()) {
      try {
        DatagramPacket query = new DatagramPacket(buffer, buffer.length);
        socket.receive(query);
        queries.incrementAndGet();
        byte[] q = Arrays.copyOf(query.getData(), query.getLength());
        String name = name(q);
        if (name.startsWith("silent")) {
          continue; // never answers: the check's timeout
        }
        byte[] answer = answer(q, name);
        socket.send(new DatagramPacket(answer, answer.length, query.getAddress(), query.getPort()));
      } catch (IOException | RuntimeException e) {
        if (socket.isClosed()) {
          return;
        }
        LOG.fine("demo DNS: unreadable query: " + e);
      }
    }
  }

  private static String name(byte[] q) {
    StringBuilder name = new StringBuilder();
    for (int i = 12; q[i] != 0; i += q[i] + 1) {
      name.append(name.length() == 0 ? "" : ".");
      name.append(new String(q, i + 1, q[i], StandardCharsets.US_ASCII));
    }
    return name.toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** An A record for address questions, nothing for others (MX, AAAA), NXDOMAIN when unknown. */
  private byte[] answer(byte[] q, String name) {
    int questionEnd = 12;
    while (q[questionEnd] != 0) {
      questionEnd += q[questionEnd] + 1;
    }
    questionEnd += 5; // the root label, type and class
    int type = ((q[questionEnd - 4] & 0xff) << 8) | (q[questionEnd - 3] & 0xff);
    boolean missing = nonexistent.contains(name) || name.startsWith("nowhere");
    boolean address = !missing && !name.startsWith("norecord") && type == 1;
    byte[] r = Arrays.copyOf(q, questionEnd + (address ? 16 : 0));
    r[2] = (byte) 0x81; // a response, recursion desired
    r[3] = (byte) (missing ? 0x83 : 0x80); // NXDOMAIN or no error
    r[6] = 0;
    r[7] = (byte) (address ? 1 : 0); // answers
    r[8] = r[9] = r[10] = r[11] = 0;
    if (address) {
      byte[] record = {(byte) 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 127, 0, 0, 1};
      System.arraycopy(record, 0, r, questionEnd, 16);
    }
    return r;
  }
}

package com.passerelle.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.people.EmailDomainCheck.Verdict;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DNS check against a DNS server on a local UDP port (started here): a domain with an address
 * is valid, one that does not exist or has no record is not, a server that never answers gives
 * "unknown" within the timeout, and each domain is asked once per run.
 */
class EmailDomainCheckTest {
  private DatagramSocket socket;
  private Thread server;
  private final AtomicInteger queries = new AtomicInteger();

  @BeforeEach
  void startDns() throws SocketException {
    socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    server = new Thread(this::serve, "dns-stub");
    server.setDaemon(true);
    server.start();
  }

  @AfterEach
  void stopDns() {
    socket.close();
  }

  private EmailDomainCheck check(Duration timeout) {
    return new EmailDomainCheck("dns://127.0.0.1:" + socket.getLocalPort(), timeout);
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
    int asked = queries.get();
    for (int i = 0; i < 100; i++) {
      assertEquals(Verdict.VALID, check.check("good.test"));
    }
    assertEquals(asked, queries.get(), "the cache did not answer");
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

  /** Answers A queries: an address for good.test, NXDOMAIN for nowhere.test, nothing else. */
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
          continue; // never answers
        }
        byte[] answer = answer(q, name);
        socket.send(new DatagramPacket(answer, answer.length, query.getAddress(), query.getPort()));
      } catch (IOException e) {
        return;
      }
    }
  }

  private static String name(byte[] q) {
    StringBuilder name = new StringBuilder();
    for (int i = 12; q[i] != 0; i += q[i] + 1) {
      name.append(name.length() == 0 ? "" : ".");
      name.append(new String(q, i + 1, q[i], StandardCharsets.US_ASCII));
    }
    return name.toString();
  }

  private static byte[] answer(byte[] q, String name) {
    int questionEnd = 12;
    while (q[questionEnd] != 0) {
      questionEnd += q[questionEnd] + 1;
    }
    questionEnd += 5; // the root label, type and class
    int type = ((q[questionEnd - 4] & 0xff) << 8) | (q[questionEnd - 3] & 0xff);
    boolean address = name.equals("good.test") && type == 1; // an A record (no MX)
    byte[] r = Arrays.copyOf(q, questionEnd + (address ? 16 : 0));
    r[2] = (byte) 0x81; // a response, recursion desired
    r[3] = (byte) (name.equals("nowhere.test") ? 0x83 : 0x80); // NXDOMAIN or no error
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

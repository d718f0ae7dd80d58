import com.sun.net.httpserver.HttpServer;
import java.io.FileWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The webhook benchmarks' and crash check's helper, run as a source file (java WebhookBench.java):
 *   receiver PORT_FILE LOG_FILE  a loopback receiver answering 200; writes its port to PORT_FILE,
 *                                one line per call to LOG_FILE ("webhook-id leave-id event"), and
 *                                its call count to LOG_FILE.count every 200 ms
 *   bare URL COUNT THREADS       COUNT blocking java.net.http POSTs of a leave-sized payload on
 *                                THREADS threads (one shared client); prints the seconds taken
 */
public class WebhookBench {
  public static void main(String[] args) throws Exception {
    if (args[0].equals("receiver")) {
      receiver(args[1], args[2]);
    } else {
      bare(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    }
  }

  static void receiver(String portFile, String logFile) throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1000);
    server.setExecutor(Executors.newFixedThreadPool(32));
    AtomicLong count = new AtomicLong();
    PrintWriter log = new PrintWriter(new FileWriter(logFile, true), false);
    server.createContext(
        "/",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes());
          int at = body.indexOf("\"id\":\"");
          String leave = at < 0 ? "-" : body.substring(at + 6, body.indexOf('"', at + 6));
          String id = ex.getRequestHeaders().getFirst("webhook-id");
          synchronized (log) {
            log.println((id == null ? "-" : id) + " " + leave + " " + ex.getRequestHeaders().getFirst("X-Event"));
          }
          count.incrementAndGet();
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    server.start();
    try (PrintWriter p = new PrintWriter(portFile)) {
      p.println(server.getAddress().getPort());
    }
    while (true) {
      Thread.sleep(200);
      synchronized (log) {
        log.flush();
      }
      try (PrintWriter p = new PrintWriter(logFile + ".count")) {
        p.println(count.get());
      }
    }
  }

  static void bare(String url, int count, int threads) throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String payload =
        "{\"id\":\"78287-20180424-PM\",\"date\":\"2018-04-24\",\"isAm\":false,\"owner\":{\"id\":134,"
            + "\"name\":\"Luca Pacioli\",\"email\":\"luca.paccioli@lucca.fr\",\"employeeNumber\":"
            + "\"00001\"},\"leaveAccount\":{\"id\":1718,\"name\":\"Annual leave 2018\",\"categoryId\""
            + ":1,\"categoryName\":\"Annual leave\"},\"isConfirmed\":true,\"confirmationDate\":"
            + "\"2018-04-04T22:34:47.797\",\"isCancelled\":false,\"cancellationDate\":\"\"}";
    AtomicInteger next = new AtomicInteger();
    long t0 = System.nanoTime();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] =
          new Thread(
              () -> {
                while (next.getAndIncrement() < count) {
                  for (int tries = 0; tries < 3; tries++) {
                  try {
                    client.send(
                        HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Basic YmVuY2g6YmVuY2g=")
                            .header("X-Event", "created")
                            .POST(HttpRequest.BodyPublishers.ofString(payload))
                            .build(),
                        HttpResponse.BodyHandlers.discarding());
                    break;
                  } catch (Exception e) {
                    // a reused keep-alive connection fails now and then (STACK.md): send again
                  }
                  }
                }
              });
      workers[t].start();
    }
    for (Thread w : workers) {
      w.join();
    }
    System.out.printf("%.3f%n", (System.nanoTime() - t0) / 1e9);
  }
}

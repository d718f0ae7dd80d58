package com.passerelle.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request written by hand on a socket: headers announcing a body far larger than what is sent,
 * then a few KB of it. Tells whether (and how fast) the server answers without the rest, which no
 * HTTP client library lets a test do.
 */
final class RawHttp {
  static final int WAIT_MILLIS = 10_000;
  static final String BOUNDARY = "----passerelle-raw-test";

  /** What came back: status, headers (lower-case names) and how long it took. */
  record Answer(int status, Map<String, String> headers, long millis) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private RawHttp() {}

  /** The beginning of a multipart upload: the file part's headers and some CSV lines. */
  static byte[] multipartStart() {
    return ("--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\""
            + "\r\nContent-Type: text/csv\r\n\r\n"
            + (Api.HEADER + "\n").repeat(60))
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] formStart() {
    return ("_csrf=x&filler=" + "x".repeat(4096)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * POSTs headers announcing {@code announcedLength} bytes and sends {@code firstBytes} of them;
   * returns the answer, or fails when none comes within {@link #WAIT_MILLIS}.
   */
  static Answer post(
      String path,
      String contentType,
      long announcedLength,
      byte[] firstBytes,
      Map<String, String> headers) {
    URI base = URI.create(Api.BASE);
    StringBuilder head = new StringBuilder();
    head.append("POST ").append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
    head.append("Content-Type: ").append(contentType).append("\r\n");
    head.append("Content-Length: ").append(announcedLength).append("\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("\r\n");
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(WAIT_MILLIS);
      long start = System.nanoTime();
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(firstBytes);
      out.flush();
      String response = readHead(socket.getInputStream(), path);
      long millis = (System.nanoTime() - start) / 1_000_000;
      return parse(response, millis);
    } catch (IOException e) {
      throw new UncheckedIOException("POST " + path, e);
    }
  }

  private static String readHead(InputStream in, String path) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    try {
      int b;
      while ((b = in.read()) >= 0) {
        head.write(b);
        if (head.size() >= 4 && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
          break;
        }
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError(
          "POST "
              + path
              + ": no answer within "
              + WAIT_MILLIS
              + " ms, the server waits for the announced body",
          e);
    }
    if (head.size() == 0) {
      throw new AssertionError("POST " + path + ": connection closed without an answer");
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static Answer parse(String head, long millis) {
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    return new Answer(status, headers, millis);
  }
}

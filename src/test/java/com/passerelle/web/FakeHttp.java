package com.passerelle.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Servlet request and response fakes for unit tests. The response behaves like a strict container:
 * a small buffer that commits when full, no writer once the stream was taken (and the reverse),
 * even after reset(), and no reset once committed.
 */
final class FakeHttp {
  private FakeHttp() {}

  static HttpServletRequest get(String path) {
    return get(path, null);
  }

  static HttpServletRequest get(String path, jakarta.servlet.ServletContext context) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            FakeHttp.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getMethod" -> "GET";
                  case "getServletPath" -> path;
                  case "getRequestURI" -> path;
                  case "getContextPath" -> "";
                  case "getLocale" -> Locale.ENGLISH;
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "isUserInRole", "isSecure" -> false;
                  case "getServletContext" -> context;
                  case "getAttributeNames" ->
                      java.util.Collections.enumeration(attributes.keySet());
                  case "getParameterMap" -> Map.of();
                  case "getParameterNames", "getHeaderNames" ->
                      java.util.Collections.emptyEnumeration();
                  case "getScheme" -> "http";
                  case "getServerName" -> "localhost";
                  case "getServerPort" -> 9080;
                  case "getCharacterEncoding" -> "UTF-8";
                  case "toString" -> "GET " + path;
                  default -> null; // no session, user, header or parameter
                });
  }

  /** A response with a buffer of {@code bufferSize} bytes. */
  static final class Response {
    final int bufferSize;
    final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    final Map<String, List<String>> headers = new LinkedHashMap<>();
    int status = 200;
    boolean committed;
    boolean closed;
    private boolean streamTaken;
    private boolean writerTaken;
    private PrintWriter writer;
    final HttpServletResponse proxy;

    Response(int bufferSize) {
      this.bufferSize = bufferSize;
      this.proxy =
          (HttpServletResponse)
              Proxy.newProxyInstance(
                  FakeHttp.class.getClassLoader(),
                  new Class<?>[] {HttpServletResponse.class},
                  (p, method, args) -> call(method.getName(), args));
    }

    /** What the container does when the servlet returns: flushes whatever is still buffered. */
    void finish() {
      if (writer != null) {
        writer.flush();
      }
      if (!closed) {
        flush();
      }
    }

    String sentText() {
      return sent.toString(StandardCharsets.UTF_8);
    }

    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }

    private Object call(String name, Object[] args) throws Exception {
      switch (name) {
        case "getOutputStream":
          if (writerTaken) {
            throw new IllegalStateException("getWriter() was already called");
          }
          streamTaken = true;
          return stream();
        case "getWriter":
          if (streamTaken) {
            throw new IllegalStateException("getOutputStream() was already called");
          }
          writerTaken = true;
          if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(stream(), StandardCharsets.UTF_8));
          }
          return writer;
        case "isCommitted":
          return committed;
        case "reset":
          requireNotCommitted();
          buffer.reset();
          headers.clear();
          status = 200;
          return null;
        case "resetBuffer":
          requireNotCommitted();
          buffer.reset();
          return null;
        case "flushBuffer":
          flush();
          return null;
        case "setStatus":
          if (!committed) {
            status = (int) args[0];
          }
          return null;
        case "getStatus":
          return status;
        case "setHeader":
          if (!committed) {
            headers.put(((String) args[0]).toLowerCase(Locale.ROOT), new ArrayList<>());
            headers.get(((String) args[0]).toLowerCase(Locale.ROOT)).add((String) args[1]);
          }
          return null;
        case "addHeader":
          if (!committed) {
            headers
                .computeIfAbsent(
                    ((String) args[0]).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add((String) args[1]);
          }
          return null;
        case "getHeader":
          return header((String) args[0]);
        case "containsHeader":
          return headers.containsKey(((String) args[0]).toLowerCase(Locale.ROOT));
        case "setContentType":
          return call("setHeader", new Object[] {"Content-Type", args[0]});
        case "getContentType":
          return header("Content-Type");
        case "setCharacterEncoding", "setLocale", "setBufferSize":
          return null;
        case "getCharacterEncoding":
          return "UTF-8";
        case "getBufferSize":
          return bufferSize;
        case "encodeURL", "encodeRedirectURL":
          return args[0];
        case "toString":
          return "FakeResponse " + status;
        default:
          throw new UnsupportedOperationException(name);
      }
    }

    private void requireNotCommitted() {
      if (committed) {
        throw new IllegalStateException("response already committed");
      }
    }

    private void flush() {
      committed = true;
      sent.writeBytes(buffer.toByteArray());
      buffer.reset();
    }

    private ServletOutputStream stream() {
      return new ServletOutputStream() {
        @Override
        public void write(int b) {
          if (closed) {
            throw new IllegalStateException("stream closed");
          }
          buffer.write(b);
          if (buffer.size() >= bufferSize) {
            flush();
          }
        }

        @Override
        public void flush() {
          Response.this.flush();
        }

        @Override
        public void close() {
          Response.this.flush();
          closed = true;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}
      };
    }
  }

  /** Writes the bytes, then fails: a download that breaks on its way. */
  static Result.Body failingAfter(byte[] bytes, Exception failure) {
    return (OutputStream out) -> {
      out.write(bytes);
      if (failure instanceof java.io.IOException io) {
        throw io;
      }
      throw (RuntimeException) failure;
    };
  }
}

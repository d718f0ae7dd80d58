package com.passerelle.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The servlet hands method, path after its mapping, parameters and headers to the fake. */
class FakeHrisServletTest {

  private static HttpServletRequest request(
      String path, Map<String, String[]> params, Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            FakeHrisServletTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getMethod" -> "GET";
                  case "getPathInfo" -> path;
                  case "getParameterMap" -> params;
                  case "getHeaderNames" -> Collections.enumeration(headers.keySet());
                  case "getHeader" -> headers.get((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** Records status, headers and body. */
  private static final class Recorded {
    int status = 200;
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

    HttpServletResponse response() {
      ServletOutputStream out =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              body.write(b);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}
          };
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              FakeHrisServletTest.class.getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "setStatus" -> status = (Integer) args[0];
                  case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                  case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                  case "setContentLength" -> headers.put("Content-Length", args[0].toString());
                  case "getOutputStream" -> {
                    return out;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                }
                return null;
              });
    }
  }

  @Test
  void servesTheFakesAnswer() throws Exception {
    FakeHrisServlet servlet = new FakeHrisServlet(new FakeHris(10, "k", "i"));
    Recorded ok = new Recorded();
    Recorded refused = new Recorded();

    servlet.service(
        request(
            "/v1/hris/employees",
            Map.of("page_size", new String[] {"3"}),
            Map.of("Authorization", "Bearer k", "X-Integration-Id", "i")),
        ok.response());
    servlet.service(
        request("/v1/hris/employees", Map.of(), Map.of("Authorization", "Bearer nope")),
        refused.response());

    String body = ok.body.toString(StandardCharsets.UTF_8);
    assertEquals(200, ok.status);
    assertTrue(body.startsWith("{\"status\":\"success\",\"data\":{\"next\":\""), body);
    assertEquals(3, body.split("\"work_email\"").length - 1);
    assertTrue(ok.headers.get("Content-Type").startsWith("application/json"));
    assertEquals(String.valueOf(ok.body.size()), ok.headers.get("Content-Length"));
    assertEquals(401, refused.status);
  }

  @Test
  void demoServletUsesTheDemoCredentials() {
    FakeHris demo = new FakeHrisServlet().hris();

    assertEquals(
        200,
        demo.handle(
                "GET",
                FakeHris.EMPLOYEES_PATH,
                Map.of(),
                Map.of(
                    "Authorization",
                    "Bearer " + FakeHris.DEMO_API_KEY,
                    "X-Integration-Id",
                    FakeHris.DEMO_INTEGRATION_ID))
            .status());
    assertEquals(1222, demo.count(false));
  }
}

package com.passerelle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real templates through the real renderer, on a fake servlet context reading webapp/. */
class PageRendererTest {

  private static ServletContext webapp() {
    Path root = Path.of("webapp");
    return (ServletContext)
        Proxy.newProxyInstance(
            PageRendererTest.class.getClassLoader(),
            new Class<?>[] {ServletContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getResourceAsStream" -> open(root.resolve(((String) args[0]).substring(1)));
                  case "getResource" -> {
                    Path file = root.resolve(((String) args[0]).substring(1));
                    yield Files.exists(file) ? file.toUri().toURL() : null;
                  }
                  case "getContextPath" -> "";
                  case "getAttributeNames", "getInitParameterNames" ->
                      java.util.Collections.emptyEnumeration();
                  case "toString" -> "webapp";
                  default -> null;
                });
  }

  private static InputStream open(Path file) throws IOException {
    return Files.exists(file) ? Files.newInputStream(file) : null;
  }

  /** An error page can be the first page a server renders (a refused upload right after start). */
  @Test
  void theErrorPageRendersAsTheFirstPageWithItsTextsEscaped() {
    PageRenderer renderer = new PageRenderer();
    FakeHttp.Response response = new FakeHttp.Response(8192);
    String html =
        renderer.renderToString(
            "error",
            Map.of(
                "status", 403,
                "code", "ACCESS_DENIED",
                "title", "Not allowed",
                "detail", "Only <b>admins</b> upload. Ask an administrator."),
            FakeHttp.get("/uploads/flows/1", webapp()),
            response.proxy);

    assertTrue(html.contains("<title>Not allowed · Passerelle</title>"), html);
    assertTrue(html.contains("Only &lt;b&gt;admins&lt;/b&gt; upload."), "escaped: " + html);
    assertTrue(html.contains("<code>ACCESS_DENIED</code>"), html);
    assertEquals(0, response.sent.size(), "a string, nothing written to the response");
  }
}

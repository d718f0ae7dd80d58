package com.passerelle.it;

import static com.passerelle.it.Api.expectStatus;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * /openapi describes every JAX-RS resource method of api/* (found by reflection over the classes,
 * not listed by hand, so a new resource is checked as soon as it exists), with its summary and its
 * Problem JSON answers; /openapi/ui is served.
 */
class OpenApiIT {
  private static final Map<Class<? extends Annotation>, String> VERBS =
      Map.of(
          GET.class, "get",
          POST.class, "post",
          PUT.class, "put",
          DELETE.class, "delete",
          PATCH.class, "patch",
          HEAD.class, "head");

  record Endpoint(String resource, String method, String verb, String path) {}

  @Test
  void everyResourceMethodIsDescribedWithItsSummaryAndProblems() throws Exception {
    JsonObject paths = openapi().getJsonObject("paths");
    List<String> missing = new ArrayList<>();
    List<String> unannotated = new ArrayList<>();
    List<Endpoint> endpoints = endpoints();
    assertTrue(endpoints.size() > 40, "resources found by reflection: " + endpoints.size());
    for (Endpoint e : endpoints) {
      JsonObject item = paths.getJsonObject(e.path());
      JsonObject op = item == null ? null : item.getJsonObject(e.verb());
      String where = e.resource() + "." + e.method() + " (" + e.verb() + " " + e.path() + ")";
      if (op == null) {
        missing.add(where);
        continue;
      }
      JsonObject responses = op.getJsonObject("responses");
      if (!op.containsKey("summary")
          || responses == null
          || !responses.containsKey("401")
          || !responses.containsKey("403")) {
        unannotated.add(where + ": needs @Operation(summary) and @APIResponse 401/403");
      }
    }
    if (!missing.isEmpty() || !unannotated.isEmpty()) {
      fail("Not in /openapi: " + missing + "; without OpenAPI annotations: " + unannotated);
    }
  }

  @Test
  void problemAnswersAreProblemJsonAndTheUiIsServed() {
    JsonObject doc = openapi();
    JsonObject notFound =
        doc.getJsonObject("components").getJsonObject("responses").getJsonObject("NotFound");
    assertTrue(
        notFound.getJsonObject("content").containsKey("application/problem+json"),
        notFound.toString());
    JsonObject get =
        doc.getJsonObject("paths").getJsonObject("/api/v1/runs/{id}").getJsonObject("get");
    assertTrue(get.getJsonObject("responses").containsKey("404"), get.toString());
    assertTrue(
        get.getJsonArray("parameters").getJsonObject(0).containsKey("description"), get.toString());
    String ui =
        expectStatus(200, Api.send(HttpRequest.newBuilder(Api.uri("/openapi/ui/")).build())).body();
    assertTrue(ui.toLowerCase(Locale.ROOT).contains("openapi"), Api.abbreviate(ui));
  }

  private static JsonObject openapi() {
    return Api.object(
        expectStatus(
            200, Api.send(HttpRequest.newBuilder(Api.uri("/openapi?format=JSON")).build())));
  }

  /** Every resource method of the classes in com.passerelle.api, with its full path. */
  static List<Endpoint> endpoints() throws Exception {
    // Every class-path folder of the package: the tests have classes of their own in it too.
    List<File> files = new ArrayList<>();
    for (URL dir :
        Collections.list(OpenApiIT.class.getClassLoader().getResources("com/passerelle/api"))) {
      files.addAll(List.of(new File(dir.toURI()).listFiles((d, n) -> n.endsWith(".class"))));
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("com/passerelle/api not on the test class path");
    }
    List<Endpoint> found = new ArrayList<>();
    for (File f : files) {
      Class<?> c = Class.forName("com.passerelle.api." + f.getName().replace(".class", ""));
      Path root = c.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method m : c.getDeclaredMethods()) {
        for (var verb : VERBS.entrySet()) {
          if (m.isAnnotationPresent(verb.getKey())) {
            Path sub = m.getAnnotation(Path.class);
            String path =
                "/api/v1/" + trim(root.value()) + (sub == null ? "" : "/" + trim(sub.value()));
            found.add(
                new Endpoint(c.getSimpleName(), m.getName(), verb.getValue(), template(path)));
          }
        }
      }
    }
    return found;
  }

  private static String trim(String p) {
    return p.replaceAll("^/+|/+$", "");
  }

  /** {id: \d+} as OpenAPI writes it: {id}; no trailing slash. */
  static String template(String path) {
    return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+$", "");
  }
}

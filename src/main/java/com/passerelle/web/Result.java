package com.passerelle.web;

import java.util.Map;

/** What a page handler returns: a template to render, or a redirect (after a POST). */
public sealed interface Result {
  record View(String template, Map<String, Object> model) implements Result {}

  record Redirect(String location) implements Result {}

  /** A file the browser downloads, written straight to the response. */
  record Download(String fileName, String contentType, Body body) implements Result {}

  /** Writes a download's bytes. */
  @FunctionalInterface
  interface Body {
    void writeTo(java.io.OutputStream out) throws java.io.IOException;
  }

  static View view(String template, Map<String, Object> model) {
    return new View(template, model);
  }

  static Redirect redirect(String location) {
    return new Redirect(location);
  }
}

package com.passerelle.web;

import java.util.Map;

/** What a page handler returns: a template to render, or a redirect (after a POST). */
public sealed interface Result {
  record View(String template, Map<String, Object> model) implements Result {}

  record Redirect(String location) implements Result {}

  static View view(String template, Map<String, Object> model) {
    return new View(template, model);
  }

  static Redirect redirect(String location) {
    return new Redirect(location);
  }
}

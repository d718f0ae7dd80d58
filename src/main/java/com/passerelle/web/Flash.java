package com.passerelle.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One-time messages shown on the page after a redirect (post/redirect/get). */
public record Flash(Kind kind, String text) implements Serializable {
  private static final String KEY = "passerelle.flash";

  /** Decides the banner style. */
  public enum Kind {
    SUCCESS,
    ERROR,
    INFO
  }

  @SuppressWarnings("unchecked")
  static void add(HttpSession session, Flash flash) {
    List<Flash> list = (List<Flash>) session.getAttribute(KEY);
    if (list == null) {
      list = new ArrayList<>();
    }
    list.add(flash);
    session.setAttribute(KEY, list);
  }

  @SuppressWarnings("unchecked")
  static List<Flash> take(HttpSession session) {
    if (session == null) {
      return List.of();
    }
    List<Flash> list = (List<Flash>) session.getAttribute(KEY);
    session.removeAttribute(KEY);
    return list == null ? List.of() : list;
  }
}

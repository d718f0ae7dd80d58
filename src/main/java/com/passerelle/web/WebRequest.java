package com.passerelle.web;

import com.passerelle.security.Roles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;

/** A page request as handlers see it: path groups, parameters, user, flash. */
public final class WebRequest {
  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private final Matcher path;

  WebRequest(HttpServletRequest request, HttpServletResponse response, Matcher path) {
    this.request = request;
    this.response = response;
    this.path = path;
  }

  public long pathId(int group) {
    return Long.parseLong(path.group(group));
  }

  /** A path group as written (a name or code in the path; ids go through {@link #pathId}). */
  public String pathGroup(int group) {
    return path.group(group);
  }

  public String param(String name) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  public int intParam(String name, int fallback) {
    String value = param(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  public String user() {
    return request.getRemoteUser();
  }

  public boolean isAdmin() {
    return request.isUserInRole(Roles.ADMIN);
  }

  /** Changing or triggering anything is for admins only; viewers only read reports. */
  public void requireAdmin() {
    if (!isAdmin()) {
      throw new ForbiddenException("Only an administrator can do this.");
    }
  }

  public void flash(Flash.Kind kind, String text) {
    Flash.add(request.getSession(), new Flash(kind, text));
  }

  public HttpServletRequest raw() {
    return request;
  }

  public HttpServletResponse response() {
    return response;
  }
}

package com.passerelle.web;

import java.util.List;
import java.util.regex.Pattern;

/** A capability's pages: each controller lists its routes; the front controller dispatches. */
public interface PageController {
  List<Route> routes();

  static Route get(String regex, Route.Handler handler) {
    return new Route("GET", Pattern.compile(regex), handler, false);
  }

  static Route post(String regex, Route.Handler handler) {
    return new Route("POST", Pattern.compile(regex), handler, false);
  }

  /**
   * A multipart POST under {@code /uploads/}, for administrators only: {@link UploadServlet} checks
   * the role, the declared length and the CSRF token before the handler reads a part.
   */
  static Route upload(String regex, Route.Handler handler) {
    return new Route("POST", Pattern.compile(regex), handler, true);
  }
}

package com.passerelle.web;

import com.passerelle.common.InvalidRequestException;
import com.passerelle.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What both page servlets do: find the route, call its handler, write its result (view, redirect or
 * download), and turn any exception into the error page.
 */
@ApplicationScoped
public class PageDispatcher {
  @Inject Instance<PageController> controllers;
  @Inject PageRenderer renderer;
  @Inject ErrorPage errorPage;

  private volatile List<Route> routes;

  public PageDispatcher() {}

  PageDispatcher(List<Route> routes, PageRenderer renderer, ErrorPage errorPage) {
    this.routes = List.copyOf(routes);
    this.renderer = renderer;
    this.errorPage = errorPage;
  }

  /** Serves a page request with the upload routes ({@code uploads}) or with the others. */
  public void serve(HttpServletRequest request, HttpServletResponse raw, boolean uploads)
      throws IOException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.isEmpty()) {
      path = "/";
    }
    OutputTracking response = new OutputTracking(raw);
    try {
      write(dispatch(request, response, path, uploads), request, response);
    } catch (Exception e) {
      errorPage.show(request, response, path, e);
    }
  }

  private Result dispatch(
      HttpServletRequest request, HttpServletResponse response, String path, boolean uploads)
      throws Exception {
    boolean pathMatched = false;
    for (Route route : routes()) {
      Matcher m = route.path().matcher(path);
      if (route.upload() == uploads && m.matches()) {
        pathMatched = true;
        if (route.method().equals(request.getMethod())) {
          return route.handler().handle(new WebRequest(request, response, m));
        }
      }
    }
    if (pathMatched) {
      throw new InvalidRequestException(request.getMethod() + " is not allowed on " + path);
    }
    throw new NotFoundException("Page", path);
  }

  private void write(Result result, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (result instanceof Result.Redirect redirect) {
      response.sendRedirect(request.getContextPath() + redirect.location());
    } else if (result instanceof Result.Download download) {
      response.setContentType(download.contentType());
      response.setHeader(
          "Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
      download.body().writeTo(response.getOutputStream());
    } else if (result instanceof Result.View view) {
      renderer.render(view.template(), view.model(), request, response);
    }
  }

  private List<Route> routes() {
    if (routes == null) {
      List<Route> all = new ArrayList<>();
      controllers.forEach(c -> all.addAll(c.routes()));
      routes = List.copyOf(all);
    }
    return routes;
  }
}

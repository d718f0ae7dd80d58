package com.passerelle.web;

import com.passerelle.common.NotFoundException;
import com.passerelle.source.UploadTooLargeException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;

/**
 * The one servlet behind every page: finds the route, calls its handler, renders the view or
 * redirects. Errors become the error page with the right status, never a stack trace.
 */
@WebServlet(
    name = "pages",
    urlPatterns = {"", "/flows/*", "/runs/*", "/login", "/logout"})
@MultipartConfig(fileSizeThreshold = 1 << 20) // the size limit is DropZone's, one for page and API
public class FrontController extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(FrontController.class.getName());

  @Inject Instance<PageController> controllers;
  @Inject PageRenderer renderer;

  private volatile List<Route> routes;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.isEmpty()) {
      path = "/";
    }
    try {
      Result result = dispatch(request, response, path);
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
    } catch (NotFoundException e) {
      error(request, response, 404, "Not found", e.getMessage());
    } catch (ForbiddenException e) {
      error(request, response, 403, "Not allowed", e.getMessage());
    } catch (UploadTooLargeException e) {
      error(request, response, 413, "File too large", e.getMessage());
    } catch (IllegalArgumentException e) {
      error(request, response, 400, "Bad request", e.getMessage());
    } catch (Exception e) {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "Page " + path + " failed, incident " + incident, e);
      error(
          request,
          response,
          500,
          "Something went wrong",
          "The error was logged as incident " + incident + ". Nothing you entered was saved.");
    }
  }

  private Result dispatch(HttpServletRequest request, HttpServletResponse response, String path)
      throws Exception {
    boolean pathMatched = false;
    for (Route route : routes()) {
      Matcher m = route.path().matcher(path);
      if (m.matches()) {
        pathMatched = true;
        if (route.method().equals(request.getMethod())) {
          return route.handler().handle(new WebRequest(request, response, m));
        }
      }
    }
    if (pathMatched) {
      throw new IllegalArgumentException(request.getMethod() + " is not allowed on " + path);
    }
    throw new NotFoundException("Page", path);
  }

  private List<Route> routes() {
    if (routes == null) {
      List<Route> all = new ArrayList<>();
      controllers.forEach(c -> all.addAll(c.routes()));
      routes = List.copyOf(all);
    }
    return routes;
  }

  private void error(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    renderer.render(
        "error", Map.of("status", status, "title", title, "detail", detail), request, response);
  }
}

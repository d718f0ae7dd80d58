package com.passerelle.security;

import com.passerelle.catalog.RequestError;
import com.passerelle.common.Incidents;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of everything our own code does not answer (a static file that is not there, a
 * failure inside the container): a catalog text, a problem for API callers, an incident id for
 * failures; never the container's page with its exception names (web.xml error-page).
 */
@WebServlet(name = "containerErrors", urlPatterns = "/error")
public class ContainerErrorServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404; // asked for directly: there is nothing here
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    boolean api = uri instanceof String u && u.startsWith(request.getContextPath() + "/api/");
    switch (status) {
      case 401 -> Refusal.send(request, response, 401, RequestError.AUTHENTICATION_REQUIRED, api);
      case 404 -> Refusal.send(request, response, 404, RequestError.NO_SUCH_ADDRESS, api);
      case 405 -> Refusal.send(request, response, 405, RequestError.METHOD_NOT_ALLOWED, api);
      default -> {
        if (status >= 400 && status < 500) {
          Refusal.send(
              request,
              response,
              status,
              RequestError.REQUEST_REFUSED,
              Map.of("status", String.valueOf(status)),
              api);
          return;
        }
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String incident =
            Incidents.report(
                LOG, Level.SEVERE, "Request " + uri + " failed in the container", error);
        Refusal.send(
            request, response, 500, RequestError.INTERNAL_ERROR, Map.of("incident", incident), api);
      }
    }
  }
}

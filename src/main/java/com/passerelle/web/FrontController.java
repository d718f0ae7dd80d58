package com.passerelle.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The servlet behind every page but uploads. No multipart configuration on purpose: nothing here
 * parses a multipart body, so no page but {@link UploadServlet}'s can be made to spool one.
 */
@WebServlet(
    name = "pages",
    urlPatterns = {
      "",
      "/flows/*",
      "/runs/*",
      "/journeys/*",
      "/absences",
      "/absences/*",
      "/reports",
      "/reports/*",
      "/catalog",
      "/monitoring",
      "/monitoring/*",
      "/webhooks/*",
      "/demo/inbox/calls",
      "/login",
      "/logout",
      "/favicon.ico"
    })
public class FrontController extends HttpServlet {
  @Inject PageDispatcher pages;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    pages.serve(request, response, false);
  }
}

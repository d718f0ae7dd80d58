package com.passerelle.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The one servlet behind every page: the dispatcher finds the route and renders the result. */
@WebServlet(
    name = "pages",
    urlPatterns = {"", "/flows/*", "/runs/*", "/login", "/logout"})
@MultipartConfig(fileSizeThreshold = 1 << 20) // the size limit is DropZone's, one for page and API
public class FrontController extends HttpServlet {
  @Inject PageDispatcher pages;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    pages.serve(request, response);
  }
}

package com.passerelle.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Remembers whether a page took the response's byte stream (a download) or its writer (a view):
 * after a failure the error page must write through the same one, or the container refuses.
 */
final class OutputTracking extends HttpServletResponseWrapper {
  private boolean streamTaken;

  OutputTracking(HttpServletResponse response) {
    super(response);
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    streamTaken = true;
    return super.getOutputStream();
  }

  boolean streamTaken() {
    return streamTaken;
  }
}

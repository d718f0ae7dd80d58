package com.passerelle.web;

import java.util.regex.Pattern;

/**
 * A method and path pattern of a page, with its handler. Upload routes take a multipart body and
 * are served by {@link UploadServlet} only; every other route by {@link FrontController}.
 */
public record Route(String method, Pattern path, Handler handler, boolean upload) {
  /** Handles one page request. */
  @FunctionalInterface
  public interface Handler {
    Result handle(WebRequest request) throws Exception;
  }
}

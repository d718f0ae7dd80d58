package com.passerelle.web;

import java.util.regex.Pattern;

/** A method and path pattern of a page, with its handler. */
public record Route(String method, Pattern path, Handler handler) {
  /** Handles one page request. */
  @FunctionalInterface
  public interface Handler {
    Result handle(WebRequest request) throws Exception;
  }
}

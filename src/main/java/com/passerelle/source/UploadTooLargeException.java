package com.passerelle.source;

/** An uploaded file over the size limit: refused, nothing stored. */
public class UploadTooLargeException extends RuntimeException {
  public UploadTooLargeException(long maxBytes) {
    super("The file is larger than " + (maxBytes >> 20) + " MiB, the upload limit");
  }
}

package com.passerelle.source.sftp;

/**
 * Why an SFTP source could not be read, as one reason and one sentence an HR administrator can act
 * on: no stack trace and no secret ever reaches the message. The reasons fall in the two run errors
 * the product reports, {@value #CONNECTION_ERROR} and {@value #EXTRACTION_ERROR}; the cause (JSch's
 * exception) is kept for the server log only.
 */
public class SftpException extends Exception {
  private static final long serialVersionUID = 1L;

  public static final String CONNECTION_ERROR = "Error during SFTP connection";
  public static final String EXTRACTION_ERROR = "Error during SFTP extraction";

  /** What went wrong; {@link #connection} tells the family. */
  public enum Reason {
    /** The host name resolves nowhere. */
    UNKNOWN_HOST(true),
    /** Connection refused, no route to the host. */
    UNREACHABLE(true),
    /** No answer within the connection timeout. */
    TIMEOUT(true),
    /** Wrong user, password or key. */
    LOGIN_REFUSED(true),
    /** The server is not the one whose fingerprint was entered. */
    HOST_KEY_MISMATCH(true),
    /** The key text is not a private key we can read, or the passphrase is wrong or missing. */
    BAD_PRIVATE_KEY(true),
    /** Connected, but no SFTP session came of it: not an SSH server, no common algorithm. */
    HANDSHAKE_FAILED(true),
    /** The remote folder does not exist. */
    NO_SUCH_FOLDER(false),
    PERMISSION_DENIED(false),
    /** The file was gone between the listing and the download. */
    FILE_VANISHED(false),
    /** The connection ended in the middle of an operation. */
    CONNECTION_DROPPED(false),
    /** Fewer or more bytes than listed: the file was still being written. */
    SIZE_CHANGED(false),
    MOVE_FAILED(false),
    /** Any other refusal by the server, with its own words. */
    SERVER_ERROR(false);

    private final boolean connection;

    Reason(boolean connection) {
      this.connection = connection;
    }

    public boolean connection() {
      return connection;
    }
  }

  private final Reason reason;

  public SftpException(Reason reason, String sentence) {
    this(reason, sentence, null);
  }

  public SftpException(Reason reason, String sentence, Throwable cause) {
    super(sentence, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** True for a failure to connect, false for a failure to read or move files once connected. */
  public boolean isConnection() {
    return reason.connection();
  }

  /** The run error this failure belongs to: {@value #CONNECTION_ERROR} or the extraction one. */
  public String title() {
    return isConnection() ? CONNECTION_ERROR : EXTRACTION_ERROR;
  }
}

package com.passerelle.source.sftp;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.passerelle.source.sftp.SftpException.Reason;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Turns JSch's exceptions into our reasons and sentences. JSch says most things in its messages and
 * in the cause chain (a socket exception under a JSchException), so both are read, most specific
 * first; whatever is left keeps JSch's or the server's own short words.
 */
final class SftpFailures {
  /** What we were doing on the server, for the sentence. */
  enum Action {
    LIST("list"),
    READ("download"),
    MOVE("move");

    final String verb;

    Action(String verb) {
      this.verb = verb;
    }
  }

  private static final int MAX_DETAIL = 200;

  private SftpFailures() {}

  static SftpException connecting(JSchException e, SftpSettings s, PinnedHostKey pin) {
    String server = "The SFTP server " + s.host() + " (port " + s.port() + ")";
    if (pin.mismatched()) {
      return new SftpException(
          Reason.HOST_KEY_MISMATCH,
          server
              + " presented the host key "
              + pin.presentedDescription()
              + " instead of the expected "
              + pin.expected()
              + ". If its key was changed on purpose, enter the new fingerprint;"
              + " otherwise another machine may be posing as the server.",
          e);
    }
    if (has(e, UnknownHostException.class)) {
      return new SftpException(
          Reason.UNKNOWN_HOST,
          "The host name \"" + s.host() + "\" of the SFTP server is unknown: check its spelling.",
          e);
    }
    if (has(e, SocketTimeoutException.class)
        || mentions(e, "timeout")
        || mentions(e, "timed out")) {
      return new SftpException(
          Reason.TIMEOUT,
          server + " did not answer within " + duration(s.connectTimeoutMillis()) + ".",
          e);
    }
    if (has(e, ConnectException.class) || has(e, NoRouteToHostException.class)) {
      return new SftpException(
          Reason.UNREACHABLE,
          server
              + " refused the connection or cannot be reached: check the host, the port and"
              + " that the server accepts connections from Passerelle.",
          e);
    }
    if (isLoginRefused(e)) {
      return new SftpException(
          Reason.LOGIN_REFUSED,
          server
              + " refused the login of user \""
              + s.user()
              + "\": check the user and the "
              + credentials(s)
              + ".",
          e);
    }
    return new SftpException(
        Reason.HANDSHAKE_FAILED,
        server
            + " accepted the connection, but no SFTP session could be opened ("
            + detail(e.getMessage())
            + "): check that it is an SFTP server.",
        e);
  }

  /**
   * The failure of an operation once connected. {@code alive} is false when the connection is gone,
   * which then is the reason whatever JSch reported.
   */
  static SftpException extracting(
      Exception e, Action action, String path, String user, boolean alive) {
    String quoted = "\"" + path + "\"";
    if (!alive) {
      return dropped(action, path, e);
    }
    int status = e instanceof com.jcraft.jsch.SftpException sftp ? sftp.id : -1;
    if (action == Action.MOVE) {
      return new SftpException(
          Reason.MOVE_FAILED,
          "The SFTP server could not move " + quoted + ": " + serverWords(e) + ".",
          e);
    }
    if (status == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
      return action == Action.LIST
          ? new SftpException(
              Reason.NO_SUCH_FOLDER,
              "The folder " + quoted + " does not exist on the SFTP server.",
              e)
          : new SftpException(
              Reason.FILE_VANISHED,
              "The file "
                  + quoted
                  + " was removed from the SFTP server before it could be"
                  + " downloaded.",
              e);
    }
    if (status == ChannelSftp.SSH_FX_PERMISSION_DENIED) {
      return new SftpException(
          Reason.PERMISSION_DENIED,
          "The SFTP server does not allow user \""
              + user
              + "\" to "
              + action.verb
              + " "
              + quoted
              + ".",
          e);
    }
    return new SftpException(
        Reason.SERVER_ERROR,
        "The SFTP server could not " + action.verb + " " + quoted + ": " + serverWords(e) + ".",
        e);
  }

  static SftpException dropped(Action action, String path, Throwable cause) {
    return new SftpException(
        Reason.CONNECTION_DROPPED,
        "The connection to the SFTP server was lost while trying to "
            + action.verb
            + " \""
            + path
            + "\".",
        cause);
  }

  /** True when JSch failed on its side of the link (I/O), not because the server said no. */
  static boolean isTransport(Exception e) {
    if (e instanceof com.jcraft.jsch.SftpException sftp) {
      return sftp.id == ChannelSftp.SSH_FX_CONNECTION_LOST
          || sftp.id == ChannelSftp.SSH_FX_NO_CONNECTION
          || sftp.getCause() != null;
    }
    return true;
  }

  private static boolean isLoginRefused(JSchException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    // JSch's own auth exceptions are not public: their messages are what it offers.
    return message.startsWith("Auth fail") || message.startsWith("Auth cancel");
  }

  private static String credentials(SftpSettings s) {
    if (s.privateKey() != null && s.password() != null) {
      return "password and private key";
    }
    return s.privateKey() != null
        ? "private key (and that its public key is authorized)"
        : "password";
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(Throwable e, String word) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String serverWords(Exception e) {
    String words = detail(e.getMessage());
    return words.isEmpty() ? "no reason given" : words;
  }

  // JSch's and the server's texts are short and secret-free, but have no length limit of their own.
  private static String detail(String message) {
    String text = message == null ? "" : message.strip().replaceAll("\\s+", " ");
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
  }

  private static String duration(int millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}

package com.passerelle.source.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jcraft.jsch.ChannelSftp;
import com.passerelle.source.sftp.SftpException.Reason;
import com.passerelle.source.sftp.SftpFailures.Action;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The mapping of server answers the test server cannot be made to give (we run as root). */
class SftpFailuresTest {
  static SftpException map(Exception e, Action action, boolean alive) {
    return SftpFailures.extracting(e, action, "/in/a.csv", "hr", alive);
  }

  static com.jcraft.jsch.SftpException status(int id, String text) {
    return new com.jcraft.jsch.SftpException(id, text);
  }

  @Test
  void aRefusedReadIsPermissionDenied() {
    SftpException e =
        map(status(ChannelSftp.SSH_FX_PERMISSION_DENIED, "denied"), Action.READ, true);
    assertEquals(Reason.PERMISSION_DENIED, e.reason());
    assertEquals(
        "The SFTP server does not allow user \"hr\" to download \"/in/a.csv\".", e.getMessage());
  }

  @Test
  void anyRefusedMoveIsAFailedMove() {
    SftpException e =
        map(status(ChannelSftp.SSH_FX_PERMISSION_DENIED, "denied"), Action.MOVE, true);
    assertEquals(Reason.MOVE_FAILED, e.reason());
    assertTrue(e.getMessage().endsWith(": denied."), e.getMessage());
  }

  @Test
  void otherAnswersKeepTheServersWords() {
    SftpException e = map(status(ChannelSftp.SSH_FX_FAILURE, "quota\nexceeded"), Action.LIST, true);
    assertEquals(Reason.SERVER_ERROR, e.reason());
    assertTrue(e.getMessage().endsWith(": quota exceeded."), e.getMessage());
  }

  @Test
  void aDeadConnectionWinsOverWhatJschSaid() {
    SftpException e =
        map(
            new com.jcraft.jsch.SftpException(4, "", new IOException("Pipe closed")),
            Action.LIST,
            false);
    assertEquals(Reason.CONNECTION_DROPPED, e.reason());
  }

  @Test
  void onlyLinkFailuresNeedTheConnectionChecked() {
    assertTrue(SftpFailures.isTransport(new IOException("eof")));
    assertTrue(SftpFailures.isTransport(status(ChannelSftp.SSH_FX_CONNECTION_LOST, "")));
    assertTrue(!SftpFailures.isTransport(status(ChannelSftp.SSH_FX_NO_SUCH_FILE, "")));
  }
}

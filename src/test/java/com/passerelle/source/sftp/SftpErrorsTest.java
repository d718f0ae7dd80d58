package com.passerelle.source.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyPair;
import com.passerelle.demo.DemoSftpServer;
import com.passerelle.source.sftp.SftpException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Every way an SFTP source fails, each with its reason and a sentence naming what to fix. */
class SftpErrorsTest {
  static final String OTHER_FINGERPRINT = "SHA256:l4RvjFxKNKDNkOxTUv3QjKXMLoJGsf3EEIGOeD0QQqM";

  @TempDir Path dir;
  Path in;
  DemoSftpServer server;

  @BeforeEach
  void start() throws Exception {
    in = Files.createDirectories(dir.resolve("root/in"));
    server = DemoSftpServer.start(0, dir.resolve("root"), "hr", "s3cret", dir.resolve("host.key"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  TestSettings settings() {
    return new TestSettings(server.port(), server.hostKeyFingerprint());
  }

  static SftpException fails(Reason reason, Executable action) {
    SftpException e = assertThrows(SftpException.class, action);
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(reason.connection(), e.isConnection());
    assertFalse(e.getMessage().contains("Exception"), "no Java words: " + e.getMessage());
    return e;
  }

  static SftpException cannotConnect(Reason reason, TestSettings settings) {
    SftpException e = fails(reason, () -> SftpConnection.open(settings.build()).close());
    assertEquals("Error during SFTP connection", e.title());
    return e;
  }

  @Test
  void aWrongPasswordIsARefusedLogin() {
    SftpException e = cannotConnect(Reason.LOGIN_REFUSED, settings().password("guess"));
    assertTrue(e.getMessage().contains("\"hr\""), e.getMessage());
    assertFalse(e.getMessage().contains("guess"), "never the password: " + e.getMessage());
  }

  @Test
  void anotherHostKeyIsRefusedNamingBothFingerprints() {
    SftpException e =
        cannotConnect(Reason.HOST_KEY_MISMATCH, settings().fingerprint(OTHER_FINGERPRINT));
    assertTrue(e.getMessage().contains(OTHER_FINGERPRINT), e.getMessage());
    assertTrue(e.getMessage().contains(server.hostKeyFingerprint()), e.getMessage());
  }

  @Test
  void anUnknownHostName() {
    SftpException e = cannotConnect(Reason.UNKNOWN_HOST, settings().host("nowhere.invalid"));
    assertTrue(e.getMessage().contains("nowhere.invalid"), e.getMessage());
  }

  @Test
  void aClosedPortIsUnreachable() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    cannotConnect(Reason.UNREACHABLE, settings().port(closed));
  }

  @Test
  void aServerThatNeverAnswersTimesOut() throws Exception {
    try (ServerSocket silent = new ServerSocket(0)) {
      long started = System.nanoTime();
      SftpException e =
          cannotConnect(Reason.TIMEOUT, settings().port(silent.getLocalPort()).timeoutMillis(500));
      assertTrue(System.nanoTime() - started < 5_000_000_000L, "gave up on time");
      assertTrue(e.getMessage().contains("500 ms"), e.getMessage());
    }
  }

  @Test
  void aServerThatIsNotSshFailsTheHandshake() throws Exception {
    try (ServerSocket http = new ServerSocket(0)) {
      Thread answer =
          new Thread(
              () -> {
                try (Socket s = http.accept();
                    OutputStream out = s.getOutputStream()) {
                  out.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (Exception ignored) {
                  // the test fails on its own if nothing was answered
                }
              });
      answer.start();
      cannotConnect(Reason.HANDSHAKE_FAILED, settings().port(http.getLocalPort()));
      answer.join(5000);
    }
  }

  @Test
  void garbageIsNotAPrivateKey() {
    cannotConnect(
        Reason.BAD_PRIVATE_KEY,
        settings().password(null).privateKey("ssh-rsa AAAA not a key", null));
  }

  @Test
  void aWrongOrMissingPassphraseIsABadPrivateKey() throws Exception {
    KeyPair pair = KeyPair.genKeyPair(new JSch(), KeyPair.RSA, 2048);
    ByteArrayOutputStream pem = new ByteArrayOutputStream();
    pair.writePrivateKey(pem, "right".getBytes(StandardCharsets.UTF_8));
    String key = pem.toString(StandardCharsets.US_ASCII);

    SftpException wrong =
        cannotConnect(Reason.BAD_PRIVATE_KEY, settings().password(null).privateKey(key, "wrong"));
    assertTrue(wrong.getMessage().contains("passphrase"), wrong.getMessage());
    cannotConnect(Reason.BAD_PRIVATE_KEY, settings().password(null).privateKey(key, null));

    SftpException notAuthorized =
        cannotConnect(Reason.LOGIN_REFUSED, settings().password(null).privateKey(key, "right"));
    assertTrue(notAuthorized.getMessage().contains("private key"), notAuthorized.getMessage());
  }

  @Test
  void aMissingRemoteFolder() throws Exception {
    try (SftpConnection sftp = SftpConnection.open(settings().remoteFolder("/nope").build())) {
      SftpException e = fails(Reason.NO_SUCH_FOLDER, sftp::list);
      assertEquals("Error during SFTP extraction", e.title());
      assertTrue(e.getMessage().contains("/nope"), e.getMessage());
    }
  }

  @Test
  void aFileRemovedBetweenListAndDownloadHasVanished() throws Exception {
    Files.writeString(in.resolve("employees_1.csv"), "a,b\n");
    Path target = dir.resolve("local.csv");

    try (SftpConnection sftp = SftpConnection.open(settings().build())) {
      RemoteFile listed = sftp.list().get(0);
      Files.delete(in.resolve("employees_1.csv"));

      fails(Reason.FILE_VANISHED, () -> sftp.download(listed, target));
      assertFalse(Files.exists(target));
    }
  }

  @Test
  void aFileStillBeingWrittenChangedSize() throws Exception {
    Path remote = Files.writeString(in.resolve("employees_1.csv"), "a,b\n1,2\n");
    Path target = dir.resolve("local.csv");

    try (SftpConnection sftp = SftpConnection.open(settings().build())) {
      RemoteFile listed = sftp.list().get(0);
      Files.writeString(remote, "3,4\n", java.nio.file.StandardOpenOption.APPEND);

      SftpException e = fails(Reason.SIZE_CHANGED, () -> sftp.download(listed, target));
      assertTrue(e.getMessage().contains("8 bytes listed, 12 read"), e.getMessage());
      assertFalse(Files.exists(target), "no partial file is left");
    }
  }

  @Test
  void aConnectionDroppedMidFile() throws Exception {
    Path root = Files.createDirectories(dir.resolve("cut"));
    byte[] content = new byte[1 << 20];
    new Random(1).nextBytes(content);
    Files.write(root.resolve("employees_1.csv"), content);
    Path target = dir.resolve("local.csv");

    try (CuttingSftpServer cutting = CuttingSftpServer.start(root, "hr", "s3cret")) {
      TestSettings settings =
          new TestSettings(cutting.port(), cutting.hostKeyFingerprint()).remoteFolder("/");
      try (SftpConnection sftp = SftpConnection.open(settings.build())) {
        RemoteFile listed = sftp.list().get(0);

        SftpException e = fails(Reason.CONNECTION_DROPPED, () -> sftp.download(listed, target));
        assertTrue(e.getMessage().contains("/employees_1.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("of its 1048576 bytes"), e.getMessage());
        assertFalse(Files.exists(target), "the partial file is not left as if downloaded");
      }
    }
  }

  @Test
  void aMoveIntoAFileOrOfAMissingFileFails() throws Exception {
    Files.writeString(in.resolve("employees_1.csv"), "a,b\n");
    Files.writeString(dir.resolve("root/archive"), "a file where the folder should be");

    try (SftpConnection sftp = SftpConnection.open(settings().build())) {
      SftpException intoFile =
          fails(Reason.MOVE_FAILED, () -> sftp.moveTo("employees_1.csv", "/archive"));
      assertTrue(intoFile.getMessage().contains("not a folder"), intoFile.getMessage());

      // A file gone from the server is told apart: its record can be settled, not retried forever.
      fails(Reason.FILE_VANISHED, () -> sftp.moveTo("employees_9.csv", "/done"));
    }
    assertTrue(Files.exists(in.resolve("employees_1.csv")), "left where it was");
  }
}

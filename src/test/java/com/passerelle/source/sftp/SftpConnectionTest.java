package com.passerelle.source.sftp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyPair;
import com.passerelle.demo.DemoSftpServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run does with an SFTP source, against a real SFTP server on the loopback. */
class SftpConnectionTest {
  static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

  @TempDir Path dir;
  Path root;
  Path in;
  DemoSftpServer server;

  @BeforeEach
  void start() throws Exception {
    root = dir.resolve("root");
    in = Files.createDirectories(root.resolve("in"));
    server = DemoSftpServer.start(0, root, "hr", "s3cret", dir.resolve("host.key"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  TestSettings settings() {
    return new TestSettings(server.port(), server.hostKeyFingerprint());
  }

  Path file(String name, String content, Instant modified) throws Exception {
    Path file = Files.writeString(in.resolve(name), content);
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  @Test
  void listsMatchingRegularFilesOldestFirstThenByName() throws Exception {
    file("employees_2.csv", "b", T0.plusSeconds(20));
    file("employees_1.csv", "a", T0.plusSeconds(10));
    file("employees_0b.csv", "bb", T0);
    file("employees_0a.csv", "aaa", T0);
    file("Employees_3.csv", "upper case", T0);
    file("employees_4.csv.part", "partial", T0);
    file("other.csv", "other", T0);
    Files.createDirectory(in.resolve("employees_dir.csv"));

    try (SftpConnection sftp = SftpConnection.open(settings().build())) {
      List<RemoteFile> files = sftp.list();

      assertEquals(
          List.of("employees_0a.csv", "employees_0b.csv", "employees_1.csv", "employees_2.csv"),
          files.stream().map(RemoteFile::name).toList());
      assertEquals(new RemoteFile("employees_0a.csv", 3, T0), files.get(0));
    }
  }

  @Test
  void aPatternMatchingNothingIsAnEmptyList() throws Exception {
    file("employees_1.csv", "a", T0);
    try (SftpConnection sftp = SftpConnection.open(settings().pattern("payroll_*.csv").build())) {
      assertEquals(List.of(), sftp.list());
    }
  }

  @Test
  void logsInWithAPrivateKeyAndItsPassphrase() throws Exception {
    JSch jsch = new JSch();
    KeyPair pair = KeyPair.genKeyPair(jsch, KeyPair.RSA, 2048);
    ByteArrayOutputStream pem = new ByteArrayOutputStream();
    pair.writePrivateKey(pem, "open sesame".getBytes(StandardCharsets.UTF_8));
    PublicKey publicKey = new ByteArrayBuffer(pair.getPublicKeyBlob()).getRawPublicKey();
    server.withAuthorizedKey(publicKey);
    file("employees_1.csv", "a", T0);

    SftpSettings keyOnly =
        settings()
            .password(null)
            .privateKey(pem.toString(StandardCharsets.US_ASCII), "open sesame")
            .build();
    try (SftpConnection sftp = SftpConnection.open(keyOnly)) {
      assertEquals(1, sftp.list().size());
    }
  }

  @Test
  void downloadsTheBytesAndTheirSha256() throws Exception {
    byte[] content = new byte[300_000];
    new Random(7).nextBytes(content);
    Files.write(in.resolve("employees_1.csv"), content);
    Path target = dir.resolve("local.csv");

    try (SftpConnection sftp = SftpConnection.open(settings().build())) {
      String sha256 = sftp.download(sftp.list().get(0), target);

      assertArrayEquals(content, Files.readAllBytes(target));
      assertEquals(
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), sha256);
    }
  }

  @Test
  void movesToTheArchiveWithASuffixWhenTheNameIsTaken() throws Exception {
    file("employees_1.csv", "today", T0);
    Path archive = Files.createDirectories(root.resolve("archive"));
    Files.writeString(archive.resolve("employees_1.csv"), "yesterday");
    Files.writeString(archive.resolve("employees_1.csv.1"), "the day before");

    try (SftpConnection sftp = SftpConnection.open(settings().build())) {
      assertEquals("/archive/employees_1.csv.2", sftp.moveTo("employees_1.csv", "/archive"));
    }

    assertFalse(Files.exists(in.resolve("employees_1.csv")));
    assertEquals("today", Files.readString(archive.resolve("employees_1.csv.2")));
    assertEquals("yesterday", Files.readString(archive.resolve("employees_1.csv")));
  }

  @Test
  void createsAMissingFolderToMoveInto() throws Exception {
    file("employees_1.csv", "rejected", T0);
    file("employees_2.csv", "imported", T0);

    try (SftpConnection sftp = SftpConnection.open(settings().build())) {
      assertEquals("/failed/2024/employees_1.csv", sftp.moveTo("employees_1.csv", "/failed/2024"));
      assertEquals("done/employees_2.csv", sftp.moveTo("employees_2.csv", "done"));
    }

    assertEquals("rejected", Files.readString(root.resolve("failed/2024/employees_1.csv")));
    assertEquals("imported", Files.readString(root.resolve("done/employees_2.csv")));
  }

  @Test
  void existsOnlyWhileTheSameFileIsThere() throws Exception {
    Path local = file("employees_1.csv", "a,b", T0);

    try (SftpConnection sftp = SftpConnection.open(settings().build())) {
      RemoteFile listed = sftp.list().get(0);
      assertTrue(sftp.exists(listed));

      Files.setLastModifiedTime(local, FileTime.from(T0.plusSeconds(1)));
      assertFalse(sftp.exists(listed), "touched");

      Files.delete(local);
      assertFalse(sftp.exists(listed), "gone");
    }
  }

  @Test
  void theHostKeyFingerprintSurvivesARestart() throws Exception {
    String first = server.hostKeyFingerprint();
    int port = server.port();
    server.close();

    server = DemoSftpServer.start(0, root, "hr", "s3cret", dir.resolve("host.key"));

    assertEquals(first, server.hostKeyFingerprint());
    assertTrue(HostKeyFingerprint.isValid(first), first);
    assertTrue(port > 0 && server.port() > 0);
  }
}

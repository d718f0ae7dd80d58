package com.passerelle.demo;

import com.passerelle.source.sftp.HostKeyFingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A small SFTP server (Apache MINA SSHD) so the demo and the tests have a real server to read from:
 * one user, files under one local folder, password or public key login. It listens on the loopback
 * interface only, since its password is a demo's. The host key is kept in a file so its
 * fingerprint, which flows pin, survives restarts.
 */
public final class DemoSftpServer implements AutoCloseable {
  private static final String LOOPBACK = "127.0.0.1";

  private final SshServer sshd;
  private final String fingerprint;
  private final List<PublicKey> authorizedKeys = new CopyOnWriteArrayList<>();

  private DemoSftpServer(SshServer sshd, String fingerprint) {
    this.sshd = sshd;
    this.fingerprint = fingerprint;
  }

  /**
   * Starts a server whose user sees {@code root} as "/".
   *
   * @param port 0 for any free port (see {@link #port()})
   * @param password null for public key login only
   * @param hostKeyFile read if it exists, else created with a new EC key
   */
  public static DemoSftpServer start(
      int port, Path root, String user, String password, Path hostKeyFile) throws IOException {
    Files.createDirectories(root);
    if (hostKeyFile.getParent() != null) {
      Files.createDirectories(hostKeyFile.getParent());
    }
    SimpleGeneratorHostKeyProvider hostKey = new SimpleGeneratorHostKeyProvider(hostKeyFile);
    hostKey.setAlgorithm(KeyUtils.EC_ALGORITHM);
    PublicKey hostPublicKey = hostKey.loadKeys(null).get(0).getPublic();

    SshServer sshd = SshServer.setUpDefaultServer();
    DemoSftpServer server = new DemoSftpServer(sshd, HostKeyFingerprint.of(blob(hostPublicKey)));
    sshd.setHost(LOOPBACK);
    sshd.setPort(port);
    sshd.setKeyPairProvider(hostKey);
    sshd.setFileSystemFactory(new VirtualFileSystemFactory(root.toAbsolutePath()));
    sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory.Builder().build()));
    sshd.setPasswordAuthenticator(
        (u, p, session) ->
            password != null && user.equals(u) && p != null && sameText(password, p));
    sshd.setPublickeyAuthenticator(
        (u, key, session) ->
            user.equals(u)
                && server.authorizedKeys.stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
    sshd.start();
    return server;
  }

  /** Also lets the user log in with the private key of this public key. */
  public DemoSftpServer withAuthorizedKey(PublicKey key) {
    authorizedKeys.add(key);
    return this;
  }

  /** The port listened on: the one asked for, or the one picked for port 0. */
  public int port() {
    return sshd.getBoundAddresses().stream()
        .filter(InetSocketAddress.class::isInstance)
        .map(a -> ((InetSocketAddress) a).getPort())
        .findFirst()
        .orElse(sshd.getPort());
  }

  public String host() {
    return LOOPBACK;
  }

  /** The host key's fingerprint as {@code ssh-keygen -lf} prints it, to enter in a flow. */
  public String hostKeyFingerprint() {
    return fingerprint;
  }

  @Override
  public void close() {
    try {
      sshd.stop(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The key in SSH wire format, the bytes a client fingerprints.
  private static byte[] blob(PublicKey key) {
    ByteArrayBuffer buffer = new ByteArrayBuffer();
    buffer.putRawPublicKey(key);
    return buffer.getCompactData();
  }

  private static boolean sameText(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Runs a standalone server, for checks that kill the application server (crash-resume-check.sh):
   * {@code port root user password hostKeyFile}; prints "port fingerprint" and serves until killed.
   */
  public static void main(String[] args) throws Exception {
    DemoSftpServer server =
        start(Integer.parseInt(args[0]), Path.of(args[1]), args[2], args[3], Path.of(args[4]));
    System.out.println(server.port() + " " + server.hostKeyFingerprint());
    System.out.flush();
    Thread.currentThread().join();
  }
}

package com.passerelle.source.sftp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An SFTP server that drops the whole connection once a client has read past {@value #CUT_AT} bytes
 * of any file: what a network failure or a server restart looks like in the middle of a download.
 */
final class CuttingSftpServer implements AutoCloseable {
  static final long CUT_AT = 64 * 1024;

  private final SshServer sshd;
  private final String fingerprint;

  private CuttingSftpServer(SshServer sshd, String fingerprint) {
    this.sshd = sshd;
    this.fingerprint = fingerprint;
  }

  static CuttingSftpServer start(Path root, String user, String password) throws IOException {
    SimpleGeneratorHostKeyProvider hostKey = new SimpleGeneratorHostKeyProvider();
    PublicKey key = hostKey.loadKeys(null).get(0).getPublic();
    ByteArrayBuffer blob = new ByteArrayBuffer();
    blob.putRawPublicKey(key);

    SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
    sftp.addSftpEventListener(
        new SftpEventListener() {
          @Override
          public void read(
              ServerSession session,
              String remoteHandle,
              FileHandle localHandle,
              long offset,
              byte[] data,
              int dataOffset,
              int dataLen,
              int readLen,
              Throwable thrown) {
            if (offset + Math.max(readLen, 0) > CUT_AT) {
              session.close(true);
            }
          }
        });
    SshServer sshd = SshServer.setUpDefaultServer();
    sshd.setHost("127.0.0.1");
    sshd.setPort(0);
    sshd.setKeyPairProvider(hostKey);
    sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
    sshd.setSubsystemFactories(List.of(sftp));
    sshd.setPasswordAuthenticator((u, p, s) -> user.equals(u) && password.equals(p));
    sshd.start();
    return new CuttingSftpServer(sshd, HostKeyFingerprint.of(blob.getCompactData()));
  }

  int port() {
    return ((InetSocketAddress) sshd.getBoundAddresses().iterator().next()).getPort();
  }

  String hostKeyFingerprint() {
    return fingerprint;
  }

  @Override
  public void close() throws IOException {
    sshd.stop(true);
  }
}

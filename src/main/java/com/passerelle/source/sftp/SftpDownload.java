package com.passerelle.source.sftp;

import static com.passerelle.source.sftp.RemotePaths.quoted;

import com.passerelle.source.sftp.SftpException.Reason;
import com.passerelle.source.sftp.SftpFailures.Action;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file copied from the server, hashed on the way. The byte count is checked against the
 * listing: an export still being uploaded is shorter (or grows), and importing half an export would
 * delete the people of the other half. A failed download leaves no partial file behind.
 */
final class SftpDownload {
  private static final int BUFFER = 64 * 1024;

  private final SftpConnection connection;
  private final RemoteFile file;
  private final String path;

  SftpDownload(SftpConnection connection, RemoteFile file, String path) {
    this.connection = connection;
    this.file = file;
    this.path = path;
  }

  String to(Path target) throws SftpException, IOException {
    InputStream in;
    try {
      in = connection.channel().get(quoted(path));
    } catch (com.jcraft.jsch.SftpException e) {
      throw connection.failure(e, Action.READ, path);
    }
    boolean done = false;
    try {
      MessageDigest digest = sha256();
      long read = copy(in, target, digest);
      closeQuietly(in);
      if (read != file.size()) {
        // A short read may also be JSch's way of reporting a closed connection.
        if (!connection.alive()) {
          throw droppedAfter(read, null);
        }
        throw new SftpException(
            Reason.SIZE_CHANGED,
            "The file \""
                + path
                + "\" changed while it was downloaded ("
                + file.size()
                + " bytes listed, "
                + read
                + " read): it was probably still being uploaded.");
      }
      done = true;
      return HexFormat.of().formatHex(digest.digest());
    } finally {
      closeQuietly(in);
      if (!done) {
        Files.deleteIfExists(target);
      }
    }
  }

  private long copy(InputStream in, Path target, MessageDigest digest)
      throws SftpException, IOException {
    long read = 0;
    byte[] buffer = new byte[BUFFER];
    try (OutputStream out = Files.newOutputStream(target)) {
      while (true) {
        int n;
        try {
          n = in.read(buffer);
        } catch (IOException remote) {
          // The stream must be closed before the connection is asked whether it is alive.
          closeQuietly(in);
          throw connection.alive()
              ? connection.failure(remote, Action.READ, path)
              : droppedAfter(read, remote);
        }
        if (n < 0) {
          return read;
        }
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
        read += n;
      }
    }
  }

  private SftpException droppedAfter(long read, Throwable cause) {
    return new SftpException(
        Reason.CONNECTION_DROPPED,
        "The connection to the SFTP server was lost while downloading \""
            + path
            + "\", after "
            + read
            + " of its "
            + file.size()
            + " bytes.",
        cause);
  }

  // Closing a read handle cannot lose data we already have; a broken link shows elsewhere.
  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException | RuntimeException ignored) {
      // nothing to do
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}

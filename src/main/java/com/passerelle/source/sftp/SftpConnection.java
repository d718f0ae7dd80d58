package com.passerelle.source.sftp;

import static com.passerelle.source.sftp.RemotePaths.join;
import static com.passerelle.source.sftp.RemotePaths.quoted;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpATTRS;
import com.passerelle.source.sftp.SftpException.Reason;
import com.passerelle.source.sftp.SftpFailures.Action;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One logged-in SFTP session on a flow's server: lists the waiting files, downloads one, moves it
 * away once imported. The server is trusted only when its host key has the flow's fingerprint. Not
 * thread-safe: one run uses one connection. Every failure is an {@link SftpException} with a
 * reason; {@link IOException} only ever means trouble with the local disk.
 */
public final class SftpConnection implements AutoCloseable {
  // A silent server is detected within ALIVE_INTERVAL * ALIVE_COUNT instead of hanging a run.
  private static final int ALIVE_INTERVAL_MILLIS = 10_000;
  private static final int ALIVE_COUNT = 3;

  private final SftpSettings settings;
  private final Session session;
  private final ChannelSftp channel;
  private final FileNamePattern pattern;

  private SftpConnection(SftpSettings settings, Session session, ChannelSftp channel) {
    this.settings = settings;
    this.session = session;
    this.channel = channel;
    this.pattern = FileNamePattern.of(settings.filePattern());
  }

  /** Connects, checks the host key, logs in and opens the SFTP channel. */
  public static SftpConnection open(SftpSettings settings) throws SftpException {
    // One JSch per connection: identities and the pinned key belong to this flow only.
    JSch jsch = new JSch();
    PinnedHostKey pin = new PinnedHostKey(settings.hostKeyFingerprint());
    jsch.setHostKeyRepository(pin);
    SftpIdentity.addTo(jsch, settings);
    Session session = null;
    try {
      session = jsch.getSession(settings.user(), settings.host(), settings.port());
      if (settings.password() != null) {
        session.setPassword(settings.password());
      }
      session.setConfig("StrictHostKeyChecking", "yes");
      session.setConfig("PreferredAuthentications", methods(settings));
      session.setServerAliveInterval(ALIVE_INTERVAL_MILLIS);
      session.setServerAliveCountMax(ALIVE_COUNT);
      session.connect(settings.connectTimeoutMillis());
      ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
      channel.connect(settings.connectTimeoutMillis());
      return new SftpConnection(settings, session, channel);
    } catch (JSchException e) {
      if (session != null) {
        session.disconnect();
      }
      throw SftpFailures.connecting(e, settings, pin);
    }
  }

  private static String methods(SftpSettings settings) {
    // Keyboard-interactive is how many servers ask for a password (PAM); JSch answers it with
    // the session's password.
    String password = "password,keyboard-interactive";
    if (settings.privateKey() == null) {
      return password;
    }
    return settings.password() == null ? "publickey" : "publickey," + password;
  }

  public SftpSettings settings() {
    return settings;
  }

  /**
   * The regular files of the remote folder whose name matches the pattern, oldest first (then by
   * name), as exports are meant to be imported in the order they were made. None is not an error.
   */
  public List<RemoteFile> list() throws SftpException {
    String folder = RemotePaths.folder(settings.remoteFolder());
    try {
      if (!channel.stat(quoted(folder)).isDir()) {
        throw new SftpException(
            Reason.NO_SUCH_FOLDER,
            "\"" + folder + "\" on the SFTP server is a file, not a folder.");
      }
      return channel.ls(quoted(folder)).stream()
          .filter(e -> e.getAttrs().isReg() && pattern.matches(e.getFilename()))
          .map(e -> new RemoteFile(e.getFilename(), e.getAttrs().getSize(), mtime(e.getAttrs())))
          .sorted(Comparator.comparing(RemoteFile::modifiedAt).thenComparing(RemoteFile::name))
          .toList();
    } catch (com.jcraft.jsch.SftpException e) {
      throw failure(e, Action.LIST, folder);
    }
  }

  /**
   * Downloads a listed file to {@code target} and returns the SHA-256 of its bytes (lowercase hex).
   * Fails, and leaves no target behind, when the file is gone, the connection drops, or the byte
   * count differs from the listed size (the file was still being written).
   *
   * @throws IOException when the local target cannot be written
   */
  public String download(RemoteFile file, Path target) throws SftpException, IOException {
    return new SftpDownload(this, file, join(settings.remoteFolder(), file.name())).to(target);
  }

  /** True when the same file (name, size and time) is still in the remote folder. */
  public boolean exists(RemoteFile file) throws SftpException {
    String path = join(settings.remoteFolder(), file.name());
    try {
      SftpATTRS attrs = statOrNull(path, true);
      return attrs != null
          && attrs.isReg()
          && attrs.getSize() == file.size()
          && mtime(attrs).equals(file.modifiedAt());
    } catch (com.jcraft.jsch.SftpException e) {
      throw failure(e, Action.READ, path);
    }
  }

  /**
   * Moves a file of the remote folder into {@code folder} (created if missing), keeping both files
   * when one of that name is already there: the new one gets a suffix ".1", ".2"... Returns the
   * path it was moved to.
   */
  public String moveTo(String fileName, String folder) throws SftpException {
    return new SftpMove(this, channel)
        .move(join(settings.remoteFolder(), fileName), fileName, folder);
  }

  @Override
  public void close() {
    channel.disconnect();
    session.disconnect();
  }

  /** Our exception for a JSch failure, telling a dropped connection from a server's refusal. */
  SftpException failure(Exception e, Action action, String path) {
    boolean alive = !SftpFailures.isTransport(e) || alive();
    return SftpFailures.extracting(e, action, path, settings.user(), alive);
  }

  /**
   * Whether the connection still works. JSch's flags lag behind a broken link, so a cheap request
   * settles it; called only after something already failed.
   */
  boolean alive() {
    if (!session.isConnected() || channel.isClosed() || !channel.isConnected()) {
      return false;
    }
    try {
      channel.realpath(".");
      return true;
    } catch (com.jcraft.jsch.SftpException | RuntimeException e) {
      return false;
    }
  }

  ChannelSftp channel() {
    return channel;
  }

  /** The attributes of a path, or null when nothing is there. */
  SftpATTRS statOrNull(String path, boolean link) throws com.jcraft.jsch.SftpException {
    try {
      return link ? channel.lstat(quoted(path)) : channel.stat(quoted(path));
    } catch (com.jcraft.jsch.SftpException e) {
      if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
        return null;
      }
      throw e;
    }
  }

  // SFTP version 3 (what JSch speaks) has whole seconds, unsigned.
  static Instant mtime(SftpATTRS attrs) {
    return Instant.ofEpochSecond(Integer.toUnsignedLong(attrs.getMTime()));
  }
}

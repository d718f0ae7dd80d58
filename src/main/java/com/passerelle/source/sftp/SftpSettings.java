package com.passerelle.source.sftp;

/**
 * Where and how a flow reaches its SFTP server. The host key fingerprint is required: a server
 * whose identity was never checked could be anyone, and the files are HR data. Secrets are in plain
 * text here (the caller unseals them just before connecting), so {@link #toString} only says
 * whether each one is set.
 *
 * @param password may be null when a private key is given
 * @param privateKey OpenSSH, PEM or PuTTY text; may be null when a password is given
 * @param passphrase of the private key; null when it has none
 * @param hostKeyFingerprint {@code SHA256:<base64>}, stored normalized
 * @param remoteFolder where the files wait, absolute or relative to the login folder
 * @param filePattern a glob on the file name only ({@code *} and {@code ?}), case-sensitive
 * @param archiveFolder where imported files go; may be null
 * @param failedFolder where files that could not be imported go; may be null
 */
public record SftpSettings(
    String host,
    int port,
    String user,
    String password,
    String privateKey,
    String passphrase,
    String hostKeyFingerprint,
    String remoteFolder,
    String filePattern,
    String archiveFolder,
    String failedFolder,
    int connectTimeoutMillis) {

  public static final int DEFAULT_PORT = 22;

  public SftpSettings {
    require(host != null && !host.isBlank(), "a host");
    require(port > 0 && port <= 65535, "a port between 1 and 65535");
    require(user != null && !user.isBlank(), "a user");
    require(password != null || privateKey != null, "a password or a private key");
    require(HostKeyFingerprint.isValid(hostKeyFingerprint), "a SHA256 host key fingerprint");
    require(remoteFolder != null, "a remote folder");
    require(filePattern != null && !filePattern.isBlank(), "a file name pattern");
    require(connectTimeoutMillis > 0, "a positive connection timeout");
    host = host.strip();
    hostKeyFingerprint = HostKeyFingerprint.normalize(hostKeyFingerprint);
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalArgumentException("SFTP settings need " + what);
    }
  }

  @Override
  public String toString() {
    return "SftpSettings[host="
        + host
        + ", port="
        + port
        + ", user="
        + user
        + ", password="
        + setOrNot(password)
        + ", privateKey="
        + setOrNot(privateKey)
        + ", passphrase="
        + setOrNot(passphrase)
        + ", hostKeyFingerprint="
        + hostKeyFingerprint
        + ", remoteFolder="
        + remoteFolder
        + ", filePattern="
        + filePattern
        + ", archiveFolder="
        + archiveFolder
        + ", failedFolder="
        + failedFolder
        + ", connectTimeoutMillis="
        + connectTimeoutMillis
        + "]";
  }

  private static String setOrNot(String secret) {
    return secret == null ? "(none)" : "(set)";
  }
}

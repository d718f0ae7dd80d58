package com.passerelle.flow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where an SFTP flow reads its files. The password and private key are stored sealed (see {@link
 * FlowSecrets}); this class never holds them in clear.
 */
@Embeddable
public class SftpAccess {
  @Column(name = "sftp_host", length = 255)
  private String host;

  @Column(name = "sftp_port")
  private Integer port;

  @Column(name = "sftp_user", length = 120)
  private String user;

  @Column(name = "sftp_password", length = 1000)
  private String sealedPassword;

  @Column(name = "sftp_private_key", length = 6000)
  private String sealedPrivateKey;

  /** The server's host key, as {@code ssh-keygen -lf} prints it (SHA256:...). */
  @Column(name = "sftp_host_key", length = 100)
  private String hostKey;

  @Column(name = "sftp_remote_folder", length = 500)
  private String remoteFolder;

  @Column(name = "sftp_file_pattern", length = 200)
  private String filePattern;

  @Column(name = "sftp_archive_folder", length = 500)
  private String archiveFolder;

  @Column(name = "sftp_failed_folder", length = 500)
  private String failedFolder;

  public String getHost() {
    return host;
  }

  public int getPort() {
    return port == null ? 22 : port;
  }

  public String getUser() {
    return user;
  }

  public String getHostKey() {
    return hostKey;
  }

  public String getRemoteFolder() {
    return remoteFolder;
  }

  public String getFilePattern() {
    return filePattern;
  }

  public String getArchiveFolder() {
    return archiveFolder;
  }

  public String getFailedFolder() {
    return failedFolder;
  }

  public boolean hasPassword() {
    return sealedPassword != null;
  }

  public boolean hasPrivateKey() {
    return sealedPrivateKey != null;
  }

  String sealedPassword() {
    return sealedPassword;
  }

  String sealedPrivateKey() {
    return sealedPrivateKey;
  }

  void sealedPassword(String sealed) {
    this.sealedPassword = sealed;
  }

  void sealedPrivateKey(String sealed) {
    this.sealedPrivateKey = sealed;
  }

  void set(
      String host,
      Integer port,
      String user,
      String hostKey,
      String remoteFolder,
      String filePattern,
      String archiveFolder,
      String failedFolder) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.hostKey = hostKey;
    this.remoteFolder = remoteFolder;
    this.filePattern = filePattern;
    this.archiveFolder = archiveFolder;
    this.failedFolder = failedFolder;
  }
}

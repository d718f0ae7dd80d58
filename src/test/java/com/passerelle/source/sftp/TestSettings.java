package com.passerelle.source.sftp;

/** Settings for the tests, changed one field at a time (the record has twelve). */
final class TestSettings {
  String host = "127.0.0.1";
  int port;
  String user = "hr";
  String password = "s3cret";
  String privateKey;
  String passphrase;
  String fingerprint;
  String remoteFolder = "/in";
  String pattern = "employees_*.csv";
  int timeoutMillis = 5000;

  TestSettings(int port, String fingerprint) {
    this.port = port;
    this.fingerprint = fingerprint;
  }

  TestSettings host(String host) {
    this.host = host;
    return this;
  }

  TestSettings port(int port) {
    this.port = port;
    return this;
  }

  TestSettings password(String password) {
    this.password = password;
    return this;
  }

  TestSettings privateKey(String privateKey, String passphrase) {
    this.privateKey = privateKey;
    this.passphrase = passphrase;
    return this;
  }

  TestSettings fingerprint(String fingerprint) {
    this.fingerprint = fingerprint;
    return this;
  }

  TestSettings remoteFolder(String remoteFolder) {
    this.remoteFolder = remoteFolder;
    return this;
  }

  TestSettings pattern(String pattern) {
    this.pattern = pattern;
    return this;
  }

  TestSettings timeoutMillis(int timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
    return this;
  }

  SftpSettings build() {
    return new SftpSettings(
        host,
        port,
        user,
        password,
        privateKey,
        passphrase,
        fingerprint,
        remoteFolder,
        pattern,
        "/archive",
        "/failed",
        timeoutMillis);
  }
}

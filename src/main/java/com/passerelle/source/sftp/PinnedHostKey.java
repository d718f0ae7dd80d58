package com.passerelle.source.sftp;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.UserInfo;

/**
 * JSch's host key check, answered by the one fingerprint the flow was given instead of a
 * known_hosts file: there is no file to keep in sync on the server, and no key is ever learnt on
 * first use. Remembers what the server presented, so a refusal can name both fingerprints.
 */
final class PinnedHostKey implements HostKeyRepository {
  private final String expected;
  private volatile byte[] presented;

  PinnedHostKey(String expectedFingerprint) {
    this.expected = HostKeyFingerprint.normalize(expectedFingerprint);
  }

  @Override
  public int check(String host, byte[] key) {
    presented = key.clone();
    return HostKeyFingerprint.of(key).equals(expected) ? OK : NOT_INCLUDED;
  }

  String expected() {
    return expected;
  }

  /** True once the server has shown a key that is not the expected one. */
  boolean mismatched() {
    byte[] key = presented;
    return key != null && !HostKeyFingerprint.of(key).equals(expected);
  }

  /** The presented key's fingerprint and type, e.g. "SHA256:... (ssh-ed25519)". */
  String presentedDescription() {
    byte[] key = presented;
    return key == null
        ? "none"
        : HostKeyFingerprint.of(key) + " (" + HostKeyFingerprint.keyType(key) + ")";
  }

  // A pinned key is never learnt, removed or listed: JSch may ask, the answer is always "none".

  @Override
  public void add(HostKey hostkey, UserInfo ui) {}

  @Override
  public void remove(String host, String type) {}

  @Override
  public void remove(String host, String type, byte[] key) {}

  @Override
  public String getKnownHostsRepositoryID() {
    return "pinned SFTP host key fingerprint";
  }

  @Override
  public HostKey[] getHostKey() {
    return new HostKey[0];
  }

  @Override
  public HostKey[] getHostKey(String host, String type) {
    return new HostKey[0];
  }
}

package com.passerelle.source.sftp;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import com.passerelle.source.sftp.SftpException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Gives JSch the flow's private key. The key is read and decrypted here first because JSch itself
 * accepts a wrong passphrase silently and only fails at login: the administrator would be told
 * "login refused" when the key, not the server, is the problem.
 */
final class SftpIdentity {
  private static final String NAME = "sftp-source-key";

  private SftpIdentity() {}

  static void addTo(JSch jsch, SftpSettings settings) throws SftpException {
    if (settings.privateKey() == null || settings.privateKey().isBlank()) {
      return;
    }
    byte[] key = text(settings.privateKey()).getBytes(StandardCharsets.UTF_8);
    byte[] passphrase =
        settings.passphrase() == null || settings.passphrase().isEmpty()
            ? null
            : settings.passphrase().getBytes(StandardCharsets.UTF_8);
    try {
      check(jsch, key, passphrase);
      // JSch may clear the arrays it is given: it gets copies, and ours are cleared below.
      jsch.addIdentity(NAME, key.clone(), null, passphrase == null ? null : passphrase.clone());
    } catch (JSchException e) {
      throw bad(
          "The private key could not be read: paste the whole key in OpenSSH or PEM format.", e);
    } finally {
      Arrays.fill(key, (byte) 0);
      if (passphrase != null) {
        Arrays.fill(passphrase, (byte) 0);
      }
    }
  }

  private static void check(JSch jsch, byte[] key, byte[] passphrase) throws SftpException {
    KeyPair pair;
    try {
      pair = KeyPair.load(jsch, key.clone(), null);
    } catch (JSchException e) {
      throw bad(
          "The private key is not a private key we can read: paste the whole key, from its"
              + " BEGIN line to its END line, in OpenSSH or PEM format.",
          e);
    }
    try {
      if (pair.isEncrypted() && passphrase == null) {
        throw bad("The private key is protected by a passphrase: enter the passphrase.", null);
      }
      if (pair.isEncrypted() && !pair.decrypt(passphrase.clone())) {
        throw bad("The passphrase of the private key is wrong.", null);
      }
    } finally {
      pair.dispose();
    }
  }

  /** Keys pasted in a browser come with CR LF and stray blanks; the parser wants plain lines. */
  private static String text(String key) {
    return key.replace("\r\n", "\n").replace('\r', '\n').strip() + "\n";
  }

  private static SftpException bad(String sentence, Throwable cause) {
    return new SftpException(Reason.BAD_PRIVATE_KEY, sentence, cause);
  }
}

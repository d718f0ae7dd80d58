package com.passerelle.flow;

import static com.passerelle.flow.FlowEditor.blankToNull;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import com.passerelle.source.sftp.HostKeyFingerprint;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.util.regex.Pattern;

/**
 * Checks and applies the connection of the flow's source type (the other type's settings are left
 * as stored). Secrets are only checked here; {@link FlowSecrets} seals them once the flow has an
 * id. A secret is required when none is given and none is stored.
 */
final class SourceSettingsEditor {
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");
  private static final Pattern INVALID_PATH_CHARS = Pattern.compile("[\\x00-\\x1f]");

  private final FieldProblems problems;

  SourceSettingsEditor(FieldProblems problems) {
    this.problems = problems;
  }

  void apply(FlowDefinition def, Flow flow) {
    switch (flow.getSourceType()) {
      case SFTP -> sftp(def.sftp(), flow.getSftp());
      case HRIS_API -> hris(def.hris(), flow.getHris());
      case FOLDER -> {}
    }
  }

  private void sftp(FlowDefinition.Sftp def, SftpAccess stored) {
    if (def == null) {
      problems.add("sftp", "an SFTP flow needs its connection (sftp.host, sftp.user, ...)");
      return;
    }
    String host = blankToNull(def.host());
    if (problems.require("sftp.host", host)
        && problems.checkLength("sftp.host", host, FlowLimits.HOST)
        && !HOST.matcher(host).matches()) {
      problems.add("sftp.host", "sftp.host must be a host name or an IPv4 address");
    }
    int port = def.port() == null ? 22 : def.port();
    if (port < 1 || port > 65535) {
      problems.add("sftp.port", "sftp.port must be between 1 and 65535, not " + port);
    }
    String user = blankToNull(def.user());
    if (problems.require("sftp.user", user)) {
      problems.checkLength("sftp.user", user, FlowLimits.USER);
    }
    String hostKey = blankToNull(def.hostKey());
    if (problems.require("sftp.hostKey", hostKey) && !HostKeyFingerprint.isValid(hostKey)) {
      problems.add(
          "sftp.hostKey",
          "sftp.hostKey must be the server's SHA256 fingerprint, as ssh-keygen -lf prints it");
    }
    String folder = path("sftp.remoteFolder", def.remoteFolder(), null);
    String pattern = blankToNull(def.filePattern()) == null ? "*.csv" : def.filePattern().trim();
    if (problems.checkLength("sftp.filePattern", pattern, FlowLimits.PATTERN)) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      } catch (IllegalArgumentException e) {
        problems.add("sftp.filePattern", "sftp.filePattern is not a valid pattern: " + pattern);
      }
    }
    String archive = path("sftp.archiveFolder", def.archiveFolder(), folder, "archive");
    String failed = path("sftp.failedFolder", def.failedFolder(), folder, "failed");
    if (folder != null && (folder.equals(archive) || folder.equals(failed))) {
      problems.add("sftp.archiveFolder", "archive and failed folders must differ from the folder");
    }
    boolean moved =
        stored.getHost() != null
            && (!stored.getHost().equals(host)
                || stored.getPort() != port
                || !stored.getUser().equals(user));
    secrets(def, stored, moved);
    stored.set(
        host,
        port,
        user,
        hostKey == null ? null : HostKeyFingerprint.normalize(hostKey),
        folder,
        pattern,
        archive,
        failed);
  }

  /**
   * A stored secret is only ever sent to the server it was given for: when the host, port or user
   * changes, the password or key must be given again.
   */
  private void secrets(FlowDefinition.Sftp def, SftpAccess stored, boolean moved) {
    boolean password = blankToNull(def.password()) != null;
    boolean key = blankToNull(def.privateKey()) != null;
    if (!password && !key && moved) {
      problems.add(
          "sftp.password",
          "the server or user changed: give its password or private key again (the stored one is"
              + " only sent to the server it was given for)");
    } else if (!password && !key && !stored.hasPassword() && !stored.hasPrivateKey()) {
      problems.add("sftp.password", "give a password or a private key");
    }
    if (password) {
      checkBytes("sftp.password", def.password(), FlowLimits.SECRET);
    }
    if (key && checkBytes("sftp.privateKey", def.privateKey(), FlowLimits.PRIVATE_KEY)) {
      privateKey(def.privateKey().trim());
    }
  }

  /** Secrets are sealed as UTF-8 bytes: their limit is in bytes, so the sealed text fits. */
  private boolean checkBytes(String field, String value, int maxBytes) {
    if (value != null && value.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      problems.add(field, field + " is longer than " + maxBytes + " bytes");
      return false;
    }
    return true;
  }

  /** A key JSch cannot read is refused here, not at 6 in the morning when the schedule fires. */
  private void privateKey(String text) {
    try {
      KeyPair pair = KeyPair.load(new JSch(), text.getBytes(StandardCharsets.UTF_8), null);
      if (pair.isEncrypted()) {
        problems.add("sftp.privateKey", "give the private key without a passphrase");
      }
      pair.dispose();
    } catch (JSchException e) {
      problems.add(
          "sftp.privateKey",
          "sftp.privateKey is not a private key in OpenSSH or PEM format (-----BEGIN ...)");
    }
  }

  private String path(String field, String value, String parent, String... fallback) {
    String path = blankToNull(value);
    if (path == null && parent != null && fallback.length > 0) {
      path = parent.endsWith("/") ? parent + fallback[0] : parent + "/" + fallback[0];
    }
    if (path == null) {
      problems.require(field, null);
      return null;
    }
    if (INVALID_PATH_CHARS.matcher(path).find()) {
      problems.add(field, field + " holds a control character");
    }
    problems.checkLength(field, path, FlowLimits.FOLDER);
    return path;
  }

  private void hris(FlowDefinition.Hris def, HrisAccess stored) {
    if (def == null) {
      problems.add("hris", "an HRIS API flow needs its connection (hris.baseUrl, ...)");
      return;
    }
    String url = blankToNull(def.baseUrl());
    if (problems.require("hris.baseUrl", url)
        && problems.checkLength("hris.baseUrl", url, FlowLimits.URL)
        && !isHttpUrl(url)) {
      problems.add("hris.baseUrl", "hris.baseUrl must be an http or https address");
    }
    String integration = blankToNull(def.integrationId());
    if (problems.require("hris.integrationId", integration)) {
      problems.checkLength("hris.integrationId", integration, FlowLimits.INTEGRATION_ID);
    }
    String base = url == null ? null : url.replaceAll("/+$", "");
    boolean moved =
        stored.getBaseUrl() != null
            && (!stored.getBaseUrl().equals(base)
                || !stored.getIntegrationId().equals(integration));
    boolean newKey = blankToNull(def.apiKey()) != null;
    if (!newKey && moved) {
      problems.add(
          "hris.apiKey",
          "the API or integration changed: give its API key again (the stored one is only sent"
              + " to the API it was given for)");
    } else if (!newKey && !stored.hasApiKey()) {
      problems.require("hris.apiKey", null);
    }
    checkBytes("hris.apiKey", def.apiKey(), FlowLimits.SECRET);
    if (checkBytes("hris.webhookSecret", def.webhookSecret(), FlowLimits.SECRET)
        && blankToNull(def.webhookSecret()) != null
        && def.webhookSecret().length() < FlowLimits.MIN_WEBHOOK_SECRET) {
      problems.add(
          "hris.webhookSecret",
          "hris.webhookSecret must be at least "
              + FlowLimits.MIN_WEBHOOK_SECRET
              + " characters (e.g. openssl rand -hex 16): anyone who guesses it starts runs");
    }
    if (moved) {
      stored.forgetReadPosition(); // another HRIS: its first read is a full one
    }
    stored.set(base, integration);
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getQuery() == null
          && uri.getFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

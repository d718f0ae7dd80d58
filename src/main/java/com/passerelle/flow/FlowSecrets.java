package com.passerelle.flow;

import com.passerelle.secret.SecretBox;
import com.passerelle.secret.SecretsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Seals a flow's secrets as they are saved and opens them for a run. Each is sealed for its place
 * ({@code flow/<id>/<name>}), so a sealed value copied into another flow or column does not open.
 * An empty value in a definition keeps the stored secret.
 */
@ApplicationScoped
public class FlowSecrets {
  @Inject SecretsConfig secrets;

  void store(Flow flow, FlowDefinition def) {
    if (def.sftp() != null && flow.getSourceType() == SourceType.SFTP) {
      SftpAccess sftp = flow.getSftp();
      String password = seal(flow, "sftp-password", def.sftp().password());
      String key = seal(flow, "sftp-private-key", trimmed(def.sftp().privateKey()));
      if (password != null) {
        sftp.sealedPassword(password);
      }
      if (key != null) {
        sftp.sealedPrivateKey(key);
      }
    }
    if (def.hris() != null && flow.getSourceType() == SourceType.HRIS_API) {
      HrisAccess hris = flow.getHris();
      String apiKey = seal(flow, "hris-api-key", def.hris().apiKey());
      String webhook = seal(flow, "hris-webhook-secret", def.hris().webhookSecret());
      if (apiKey != null) {
        hris.sealedApiKey(apiKey);
      }
      if (webhook != null) {
        hris.sealedWebhookSecret(webhook);
      }
    }
  }

  public String sftpPassword(Flow flow) {
    return open(flow, "sftp-password", flow.getSftp().sealedPassword());
  }

  public String sftpPrivateKey(Flow flow) {
    return open(flow, "sftp-private-key", flow.getSftp().sealedPrivateKey());
  }

  public String hrisApiKey(Flow flow) {
    return open(flow, "hris-api-key", flow.getHris().sealedApiKey());
  }

  public String hrisWebhookSecret(Flow flow) {
    return open(flow, "hris-webhook-secret", flow.getHris().sealedWebhookSecret());
  }

  private String seal(Flow flow, String name, String value) {
    if (value == null || value.isBlank()) {
      return null; // an empty field keeps the stored secret
    }
    return box().seal(value, place(flow, name));
  }

  private String open(Flow flow, String name, String sealed) {
    return sealed == null ? null : box().open(sealed, place(flow, name));
  }

  private SecretBox box() {
    return secrets.box();
  }

  private static String place(Flow flow, String name) {
    return "flow/" + flow.getId() + "/" + name;
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip() + "\n";
  }
}

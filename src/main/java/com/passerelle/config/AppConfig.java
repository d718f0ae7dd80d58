package com.passerelle.config;

import com.passerelle.people.EmailDomainCheck;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;

/** Settings from server.xml (jndiEntry), so one place documents them: the README. */
@ApplicationScoped
public class AppConfig {
  // Object: Liberty turns a jndiEntry value such as "true" into a Boolean.
  @Resource(lookup = "passerelle/dataDir")
  Object dataDir;

  @Resource(lookup = "passerelle/demoData")
  Object demoData;

  @Resource(lookup = "passerelle/emailDomainCheck")
  Object emailDomainCheck;

  @Resource(lookup = "passerelle/dropZoneQuietSeconds")
  Object dropZoneQuietSeconds;

  /** Root of everything the app keeps on disk besides the database (drop zones). */
  public Path dataDir() {
    return Path.of(String.valueOf(dataDir));
  }

  public Path dropZoneRoot() {
    return dataDir().resolve("dropzone");
  }

  /** How long a dropped file must stay unchanged before a run takes it (it may be mid-copy). */
  public long dropZoneQuietSeconds() {
    return Long.parseLong(String.valueOf(dropZoneQuietSeconds).trim());
  }

  /**
   * The DNS check of email domains for one run (a fresh cache), or null when the server does not
   * check them (passerelle.email.domain.check: off, on = the system's resolvers, or
   * dns://host:port, or demo = the demo's own DNS server, see demo.DemoDns).
   */
  public EmailDomainCheck emailDomainCheck() {
    String setting = String.valueOf(emailDomainCheck).replace("\"", "").trim();
    if (setting.isEmpty() || setting.equalsIgnoreCase("off")) {
      return null;
    }
    String url =
        setting.equalsIgnoreCase("on")
            ? "dns:"
            : setting.equalsIgnoreCase("demo") ? com.passerelle.demo.DemoDns.demoUrl() : setting;
    return new EmailDomainCheck(url, Duration.ofSeconds(2));
  }

  public boolean demoData() {
    return Boolean.parseBoolean(String.valueOf(demoData));
  }
}

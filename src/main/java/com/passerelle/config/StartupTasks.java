package com.passerelle.config;

import com.passerelle.db.LoadDataInsert;
import com.passerelle.demo.DemoData;
import com.passerelle.run.RunRecovery;
import com.passerelle.secret.SecretsConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What runs once when the application starts: resume interrupted runs, then demo data. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupTasks {
  private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

  @Inject RunRecovery recovery;
  @Inject DemoData demo;
  @Inject AppConfig config;
  @Inject SecretsConfig secrets;

  @PostConstruct
  void start() {
    secrets.check(); // a production server without its secrets key stops here, saying why
    LoadDataInsert.deleteLeftovers(); // before recovery restarts an import that would write some
    try {
      recovery.recover();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Run recovery failed; interrupted runs can be resumed by hand", e);
    }
    if (config.demoData()) {
      demo.loadIfEmpty();
    }
  }
}

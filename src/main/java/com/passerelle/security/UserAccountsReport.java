package com.passerelle.security;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.catalog.RequestError;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Says at start-up who can log in, loudly when nobody can or when the demo accounts are on. */
@WebListener
public class UserAccountsReport implements ServletContextListener {
  private static final Logger LOG = Logger.getLogger(UserAccountsReport.class.getName());

  @Inject UserAccounts accounts;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    switch (accounts.registry()) {
      case NONE -> {
        ExplainedMessage text = RequestError.NO_USER_ACCOUNTS.explain();
        LOG.warning(text.title() + ": " + text.cause() + ". " + text.action() + ".");
      }
      case DEMO ->
          LOG.warning(
              "Demo accounts admin/admin and viewer/viewer are active (passerelle.users.file="
                  + accounts.file()
                  + "): never on a server with real data.");
      case CONFIGURED -> LOG.info("User accounts from " + accounts.file());
    }
  }
}

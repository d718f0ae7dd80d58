package com.passerelle.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which user registry the server uses, from the server variable {@code passerelle.users.file}: none
 * by default (nobody can log in until an operator configures accounts), the demo accounts when the
 * demo asks for them (mvn liberty:run, the integration tests), or the operator's own.
 */
@ApplicationScoped
public class UserAccounts {
  static final String NO_USERS_FILE = "no-users.xml";
  static final String DEMO_FILE = "demo-users.xml";

  /** The three cases the log-in page and the start-up log tell apart. */
  public enum Registry {
    NONE,
    DEMO,
    CONFIGURED
  }

  @Resource(lookup = "passerelle/usersFile")
  Object usersFile;

  public String file() {
    return usersFile == null ? NO_USERS_FILE : String.valueOf(usersFile).trim();
  }

  public Registry registry() {
    String file = file();
    if (file.isEmpty() || file.equals(NO_USERS_FILE)) {
      return Registry.NONE;
    }
    return file.equals(DEMO_FILE) ? Registry.DEMO : Registry.CONFIGURED;
  }
}

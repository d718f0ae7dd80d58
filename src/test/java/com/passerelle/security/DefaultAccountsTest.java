package com.passerelle.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 8: a server started without configuration has no accounts at all. The demo
 * accounts come only from demo-users.xml, which only the demo and the tests name (pom.xml).
 */
class DefaultAccountsTest {
  private static String read(String path) throws IOException {
    return Files.readString(Path.of(path));
  }

  private static String defaultUsersFile() throws IOException {
    Matcher m =
        Pattern.compile("<variable name=\"passerelle.users.file\" defaultValue=\"([^\"]*)\"/>")
            .matcher(read("liberty/server.xml"));
    assertTrue(m.find(), "server.xml declares the variable passerelle.users.file");
    return m.group(1);
  }

  @Test
  void theDefaultRegistryHasNoUsers() throws IOException {
    String file = defaultUsersFile();
    assertEquals(UserAccounts.NO_USERS_FILE, file, "the default is the empty registry");
    String registry = read("liberty/" + file);
    assertTrue(registry.contains("<basicRegistry"), registry);
    assertFalse(registry.contains("<user"), "users in the default registry: " + registry);
  }

  @Test
  void theServerIncludesTheRegistryTheVariableNames() throws IOException {
    assertTrue(
        read("liberty/server.xml")
            .contains("<include location=\"${server.config.dir}/${passerelle.users.file}\"/>"));
  }

  @Test
  void onlyTheDemoAndTheTestsNameTheDemoRegistry() throws IOException {
    String pom = read("pom.xml");
    assertTrue(pom.contains("<users.file>demo-users.xml</users.file>"), "liberty:run default");
    assertTrue(
        pom.contains("<passerelle.users.file>demo-users.xml</passerelle.users.file>"),
        "the integration-test server");
    assertFalse(read("liberty/server.xml").contains("demo-users.xml\""), "server.xml default");
  }

  @Test
  void theRegistryInUseIsTold() {
    UserAccounts accounts = new UserAccounts();
    assertEquals(UserAccounts.Registry.NONE, accounts.registry(), "nothing configured");
    accounts.usersFile = "no-users.xml";
    assertEquals(UserAccounts.Registry.NONE, accounts.registry());
    accounts.usersFile = "demo-users.xml";
    assertEquals(UserAccounts.Registry.DEMO, accounts.registry());
    accounts.usersFile = "acme-ldap.xml";
    assertEquals(UserAccounts.Registry.CONFIGURED, accounts.registry());
  }
}

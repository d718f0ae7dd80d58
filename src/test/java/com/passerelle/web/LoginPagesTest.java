package com.passerelle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.security.UserAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The log-in page says whether accounts exist and shows the demo accounts only with the demo. */
class LoginPagesTest {
  private static Map<String, Object> modelWith(String usersFile) {
    UserAccounts accounts = new UserAccounts();
    if (usersFile != null) {
      try {
        var field = UserAccounts.class.getDeclaredField("usersFile");
        field.setAccessible(true);
        field.set(accounts, usersFile);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    LoginPages pages = new LoginPages();
    pages.accounts = accounts;
    return pages.model(false, false, LoginPages.HOME);
  }

  @Test
  void withoutAccountsThePageSaysSoAndHowToConfigureThem() {
    Map<String, Object> model = modelWith(null);
    assertEquals(false, model.get("demo"));
    ExplainedMessage notice = (ExplainedMessage) model.get("noAccounts");
    assertEquals("No user accounts are configured", notice.title());
    assertTrue(notice.action().contains("passerelle.users.file"), notice.action());
  }

  @Test
  void theDemoBoxShowsExactlyWithTheDemoRegistry() {
    Map<String, Object> demo = modelWith("demo-users.xml");
    assertEquals(true, demo.get("demo"));
    assertNull(demo.get("noAccounts"));

    Map<String, Object> own = modelWith("acme-users.xml");
    assertEquals(false, own.get("demo"), "no demo box with a real registry, demo data or not");
    assertNull(own.get("noAccounts"));
  }

  @Test
  void afterLogInOnlyPathsOfThisSite() {
    assertEquals("/runs/5?status=FAILURE", LoginPages.safeNext("/runs/5?status=FAILURE"));
    for (String foreign :
        new String[] {
          null,
          "",
          "https://evil.example/",
          "//evil.example/x",
          "/\\evil.example",
          "flows",
          "/login?next=/login",
          "/flows\r\nSet-Cookie: x=y"
        }) {
      assertEquals(LoginPages.HOME, LoginPages.safeNext(foreign), () -> "accepted: " + foreign);
    }
    assertFalse(LoginPages.safeNext("/flows\\..").contains("\\"));
  }
}

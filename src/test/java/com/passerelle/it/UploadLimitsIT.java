package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 5: nobody can make the server read (or spool to disk) a large body before it has
 * checked who sends it and how large it says it is. Every request below announces far more than it
 * sends; the server must answer from the headers alone, within seconds.
 */
class UploadLimitsIT {
  private static final long HUGE = 400_000_000L;
  private static final long OVER_THE_UPLOAD_LIMIT = (1L << 30) + (1L << 20);
  private static final long FAST_MILLIS = 5_000;
  private static final String MULTIPART = "multipart/form-data; boundary=" + RawHttp.BOUNDARY;

  private static long flow;
  private static String uploadAction;

  /** The flow page's upload form says where the page uploads go. */
  @BeforeAll
  static void findTheUploadRoute() {
    flow = Api.createStandardFlow("upload-limits");
    String page = WebSession.loggedIn(User.ADMIN).get("/flows/" + flow).body();
    Matcher form =
        Pattern.compile("<form[^>]*enctype=\"multipart/form-data\"[^>]*action=\"([^\"]+)\"")
            .matcher(page);
    Matcher formActionFirst =
        Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*enctype=\"multipart/form-data\"")
            .matcher(page);
    if (form.find()) {
      uploadAction = form.group(1);
    } else {
      assertTrue(formActionFirst.find(), "no upload form on the flow page: " + page);
      uploadAction = formActionFirst.group(1);
    }
  }

  private static RawHttp.Answer fast(RawHttp.Answer answer, int status) {
    assertEquals(status, answer.status(), () -> "status, headers " + answer.headers());
    assertTrue(answer.millis() < FAST_MILLIS, () -> "answered after " + answer.millis() + " ms");
    return answer;
  }

  private static Map<String, String> session(User user) {
    return Map.of("Cookie", WebSession.loggedIn(user).cookieHeader());
  }

  @Test
  void anonymousMultipartToTheLoginPageIsRefusedBeforeItsBody() {
    fast(RawHttp.post("/login", MULTIPART, HUGE, RawHttp.multipartStart(), Map.of()), 403);
  }

  @Test
  void anonymousUploadIsSentToTheLoginFormBeforeItsBody() {
    // 100 MB: under the 128 MB Liberty's form login used to read to replay the POST after log-in
    RawHttp.Answer answer =
        fast(
            RawHttp.post(uploadAction, MULTIPART, 100_000_000L, RawHttp.multipartStart(), Map.of()),
            302);
    assertEquals("/login", URI.create(answer.header("Location")).getPath());
  }

  @Test
  void viewerUploadIsRefusedBeforeItsBody() {
    fast(
        RawHttp.post(uploadAction, MULTIPART, HUGE, RawHttp.multipartStart(), session(User.VIEWER)),
        403);
  }

  @Test
  void adminUploadAnnouncingMoreThanTheLimitIsRefusedBeforeItsBody() {
    fast(
        RawHttp.post(
            uploadAction,
            MULTIPART,
            OVER_THE_UPLOAD_LIMIT,
            RawHttp.multipartStart(),
            session(User.ADMIN)),
        413);
  }

  @Test
  void aLargeUrlEncodedFormIsRefusedBeforeItsBody() {
    fast(
        RawHttp.post(
            "/flows/" + flow + "/run",
            "application/x-www-form-urlencoded",
            10_000_000L,
            RawHttp.formStart(),
            session(User.ADMIN)),
        413);
  }

  @Test
  void aLargeLoginFormIsRefusedBeforeItsBody() {
    String loginAction = loginFormAction();
    fast(
        RawHttp.post(
            loginAction, "application/x-www-form-urlencoded", HUGE, RawHttp.formStart(), Map.of()),
        413);
  }

  @Test
  void apiUploadAnswersAnonymousCallersAndViewersBeforeReadingTheBody() {
    String path = "/api/v1/flows/" + flow + "/uploads?filename=big.csv";
    fast(RawHttp.post(path, "text/csv", HUGE, RawHttp.multipartStart(), Map.of()), 401);
    fast(
        RawHttp.post(
            path,
            "text/csv",
            HUGE,
            RawHttp.multipartStart(),
            Map.of("Authorization", User.VIEWER.basic())),
        403);
    assertEquals(0, Api.array(Api.get("/api/v1/runs?flow=" + flow, User.ADMIN)).size());
  }

  @Test
  void apiUploadAnnouncingMoreThanTheLimitIsRefusedBeforeItsBody() {
    String path = "/api/v1/flows/" + flow + "/uploads?filename=big.csv";
    fast(
        RawHttp.post(
            path,
            "text/csv",
            OVER_THE_UPLOAD_LIMIT,
            RawHttp.multipartStart(),
            Map.of("Authorization", User.ADMIN.basic())),
        413);
  }

  /** Where the log-in page posts its form. */
  private static String loginFormAction() {
    String page = new WebSession().get("/login").body();
    Matcher m = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(page);
    assertTrue(m.find(), page);
    return m.group(1);
  }
}

package com.passerelle.security;

/**
 * The two roles. admin: everything. report-viewer: "View third-party integration reports" (seed
 * 000): reads reports, changes and triggers nothing. Groups map to roles in server.xml.
 */
public final class Roles {
  public static final String ADMIN = "admin";
  public static final String REPORT_VIEWER = "report-viewer";

  private Roles() {}
}

package com.passerelle.demo;

import com.passerelle.config.AppConfig;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Serves the demo inbox at /demo/inbox, only when demo data is on (else: not found). */
@WebListener
public class DemoInboxRegistration implements ServletContextListener {
  static final String PATH = "/demo/inbox";

  @Inject AppConfig config;
  @Inject DemoInbox inbox;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (config.demoData()) {
      event
          .getServletContext()
          .addServlet(DemoInboxServlet.NAME, new DemoInboxServlet(inbox))
          .addMapping(PATH);
    }
  }
}

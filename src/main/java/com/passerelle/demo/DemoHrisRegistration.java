package com.passerelle.demo;

import com.passerelle.config.AppConfig;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Serves the demo's fake HRIS under /demo/hris, only when demo data is on (else: not found). */
@WebListener
public class DemoHrisRegistration implements ServletContextListener {
  static final String PATH = "/demo/hris";

  @Inject AppConfig config;
  @Inject DemoSources sources;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (config.demoData()) {
      event
          .getServletContext()
          .addServlet("demoHris", new FakeHrisServlet(sources.hris()))
          .addMapping(PATH + "/*");
    }
  }
}

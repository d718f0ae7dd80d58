package com.passerelle.web;

import com.passerelle.catalog.MessageCatalog;
import com.passerelle.security.CsrfToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.IServletWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders Thymeleaf templates from webapp/WEB-INF/templates with the variables every page uses:
 * user, role, CSRF token, flash messages, the message catalog and formatters.
 */
@ApplicationScoped
public class PageRenderer {
  private volatile TemplateEngine engine;
  private volatile JakartaServletWebApplication application;

  public void render(
      String template,
      Map<String, Object> model,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    WebContext context = context(model, request, response);
    response.setContentType("text/html;charset=UTF-8");
    engine.process(template, context, response.getWriter());
  }

  /** The page as a string, for callers that must choose how to write it (the error page). */
  public String renderToString(
      String template,
      Map<String, Object> model,
      HttpServletRequest request,
      HttpServletResponse response) {
    WebContext context = context(model, request, response); // first: it builds the engine
    return engine.process(template, context);
  }

  private WebContext context(
      Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
    init(request.getServletContext());
    IServletWebExchange exchange = application.buildExchange(request, response);
    WebContext context = new WebContext(exchange, request.getLocale());
    context.setVariables(model);
    context.setVariable("currentUser", request.getRemoteUser());
    context.setVariable("isAdmin", request.isUserInRole(com.passerelle.security.Roles.ADMIN));
    context.setVariable("csrf", CsrfToken.of(request));
    context.setVariable("flashes", Flash.take(request.getSession(false)));
    context.setVariable("catalog", MessageCatalog.standard());
    context.setVariable("commonErrors", com.passerelle.catalog.CommonErrors.standard());
    context.setVariable("fmt", Formats.INSTANCE);
    context.setVariable("path", request.getRequestURI());
    return context;
  }

  private void init(ServletContext servletContext) {
    if (engine != null) {
      return;
    }
    synchronized (this) {
      if (engine == null) {
        application = JakartaServletWebApplication.buildApplication(servletContext);
        WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(application);
        resolver.setPrefix("/WEB-INF/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        // liberty:dev reloads templates; a packaged server caches them.
        resolver.setCacheable(!"true".equals(System.getenv("PASSERELLE_DEV")));
        TemplateEngine created = new TemplateEngine();
        created.setTemplateResolver(resolver);
        engine = created;
      }
    }
  }
}

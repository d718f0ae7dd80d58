package com.passerelle.monitor;

import static com.passerelle.web.PageController.get;

import com.passerelle.catalog.CommonErrors;
import com.passerelle.catalog.IntegrationType;
import com.passerelle.web.PageController;
import com.passerelle.web.Result;
import com.passerelle.web.Route;
import com.passerelle.web.WebRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The common-errors catalog page (seed 003's table for Passerelle's integration types): one row per
 * code with an anchor (/monitoring/catalog#401), one cell per type with its meaning and action. The
 * monitoring dashboard and failure pages link here; its texts are those shown beside failures.
 */
@ApplicationScoped
public class CatalogPages implements PageController {
  @Override
  public List<Route> routes() {
    return List.of(get("/monitoring/catalog", this::catalog));
  }

  private Result catalog(WebRequest r) {
    CommonErrors errors = CommonErrors.standard();
    Map<String, Object> model = new HashMap<>();
    model.put("types", IntegrationType.values());
    model.put(
        "httpRows", errors.rows().stream().filter(row -> row.code().matches("\\d+")).toList());
    model.put(
        "appRows", errors.rows().stream().filter(row -> !row.code().matches("\\d+")).toList());
    return Result.view("monitoring-catalog", model);
  }
}

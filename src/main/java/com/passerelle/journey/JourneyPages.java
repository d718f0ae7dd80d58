package com.passerelle.journey;

import static com.passerelle.web.PageController.get;

import com.passerelle.flow.FlowService;
import com.passerelle.web.PageController;
import com.passerelle.web.Result;
import com.passerelle.web.Route;
import com.passerelle.web.WebRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** A journey's page: its person, template, stakeholders, start date, and the line that made it. */
@ApplicationScoped
public class JourneyPages implements PageController {
  @Inject Journeys journeys;
  @Inject FlowService flows;

  @Override
  public List<Route> routes() {
    return List.of(get("/journeys/(\\d+)", this::journey));
  }

  private Result journey(WebRequest r) {
    Journey journey = journeys.get(r.pathId(1));
    return Result.view(
        "journey", Map.of("journey", journey, "flow", flows.get(journey.getFlowId())));
  }
}

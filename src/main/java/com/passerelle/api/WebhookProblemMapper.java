package com.passerelle.api;

import com.passerelle.webhook.EndpointException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Endpoint refusals as problems: 400 with every problem by field, 409 for a name or a version. */
@Provider
public class WebhookProblemMapper implements ExceptionMapper<EndpointException> {
  @Override
  public Response toResponse(EndpointException e) {
    if (e instanceof EndpointException.Invalid invalid) {
      return Problem.response(400, e.getMessage(), invalid.problems(), invalid.byField());
    }
    return Problem.response(409, e.getMessage());
  }
}

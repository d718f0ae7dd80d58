package com.passerelle.api;

import com.passerelle.common.NotFoundException;
import com.passerelle.flow.FlowNameTakenException;
import com.passerelle.flow.InvalidFlowException;
import com.passerelle.run.RunAlreadyInProgressException;
import com.passerelle.run.RunConflictException;
import com.passerelle.source.UploadTooLargeException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every API error as application/problem+json; unexpected ones logged with an incident id. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof NotFoundException) {
      return Problem.response(404, "Not Found", e.getMessage());
    }
    if (e instanceof InvalidFlowException invalid) {
      return Problem.response(400, "Invalid flow", e.getMessage(), invalid.problems());
    }
    if (e instanceof UploadTooLargeException) {
      return Problem.response(413, "Content Too Large", e.getMessage());
    }
    if (e instanceof RunAlreadyInProgressException
        || e instanceof RunConflictException
        || e instanceof FlowNameTakenException) {
      return Problem.response(409, "Conflict", e.getMessage());
    }
    if (e instanceof JsonbException || e instanceof ProcessingException) {
      return Problem.response(
          400, "Bad Request", "The request body is not valid JSON: " + e.getMessage());
    }
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      return Problem.response(400, "Bad Request", e.getMessage());
    }
    if (e instanceof ForbiddenException) {
      return Problem.response(403, "Forbidden", "Your role does not allow this operation.");
    }
    if (e instanceof WebApplicationException wae) {
      Response.StatusType status = wae.getResponse().getStatusInfo();
      return Problem.response(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "API call failed, incident " + incident, e);
    return Problem.response(500, "Internal Server Error", "Logged as incident " + incident);
  }
}

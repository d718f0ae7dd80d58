package com.passerelle.api;

import com.passerelle.absence.AbsenceConflictException;
import com.passerelle.absence.InvalidAbsenceException;
import com.passerelle.catalog.RequestError;
import com.passerelle.common.Incidents;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.common.NotFoundException;
import com.passerelle.flow.FlowChangedException;
import com.passerelle.flow.FlowNameTakenException;
import com.passerelle.flow.InvalidFlowException;
import com.passerelle.run.RunAlreadyInProgressException;
import com.passerelle.run.RunConflictException;
import com.passerelle.source.UploadTooLargeException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every API error as application/problem+json. Messages of our own exceptions are written for the
 * caller; any other exception (JSON parser, JAX-RS runtime, JDK) may name internals, so the caller
 * gets a catalog text and the message goes to the log under an incident id.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof NotFoundException) {
      return Problem.response(404, e.getMessage());
    }
    if (e instanceof InvalidFlowException invalid) {
      return Problem.response(400, e.getMessage(), invalid.problems(), invalid.byField());
    }
    if (e instanceof InvalidAbsenceException invalid) {
      return Problem.response(400, e.getMessage(), invalid.problems(), invalid.byField());
    }
    if (e instanceof AbsenceConflictException conflict) {
      return Problem.response(409, RequestError.ABSENCE_CHANGE_REFUSED, conflict.params());
    }
    if (e instanceof UploadTooLargeException) {
      return Problem.response(413, e.getMessage());
    }
    if (e instanceof RunAlreadyInProgressException
        || e instanceof RunConflictException
        || e instanceof FlowNameTakenException
        || e instanceof FlowChangedException
        || e instanceof com.passerelle.flow.FlowBusyException
        || e instanceof com.passerelle.webhook.MessageStateException) {
      return Problem.response(409, e.getMessage());
    }
    if (lostALock(e)) {
      // The database's own words (a deadlock, the SQL) stay in the log: the caller retries.
      return Problem.response(409, RequestError.CONCURRENT_CHANGE, incident(Level.INFO, e));
    }
    if (e instanceof InvalidRequestException) {
      return Problem.response(400, e.getMessage());
    }
    if (isUnreadableJson(e)) {
      return Problem.response(400, RequestError.INVALID_JSON, incident(Level.INFO, e));
    }
    if (e instanceof IllegalArgumentException) {
      return Problem.response(400, RequestError.INVALID_VALUE, incident(Level.INFO, e));
    }
    if (e instanceof ForbiddenException) {
      return Problem.response(
          403,
          RequestError.ACCESS_DENIED,
          Map.of("detail", "Your role does not allow this operation"));
    }
    if (e instanceof WebApplicationException wae
        && wae.getResponse().getEntity() instanceof Problem) {
      return wae.getResponse(); // already said as a problem by our code
    }
    if (e instanceof WebApplicationException wae) {
      return fromStatus(wae.getResponse().getStatus(), e);
    }
    return Problem.response(500, RequestError.INTERNAL_ERROR, incident(Level.SEVERE, e));
  }

  /** What the JAX-RS runtime refused (no such path, method, media type): the status says it. */
  private static Response fromStatus(int status, Throwable e) {
    return switch (status) {
      case 404 -> Problem.response(404, RequestError.NO_SUCH_ADDRESS, Map.of());
      case 405 -> Problem.response(405, RequestError.METHOD_NOT_ALLOWED, Map.of());
      case 406 -> Problem.response(406, RequestError.NOT_ACCEPTABLE, Map.of());
      case 415 -> Problem.response(415, RequestError.UNSUPPORTED_MEDIA_TYPE, Map.of());
      case 400 -> Problem.response(400, RequestError.INVALID_VALUE, incident(Level.INFO, e));
      default ->
          status >= 500
              ? Problem.response(status, RequestError.INTERNAL_ERROR, incident(Level.SEVERE, e))
              : Problem.response(
                  status, RequestError.REQUEST_REFUSED, Map.of("status", String.valueOf(status)));
    };
  }

  private static boolean isUnreadableJson(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException
          || t instanceof JsonParsingException
          || t instanceof ProcessingException) {
        return true;
      }
    }
    return false;
  }

  /** A lock another request held: a deadlock victim, a lock wait given up, a stale version. */
  static boolean lostALock(Throwable e) {
    return e instanceof jakarta.persistence.OptimisticLockException
        || e instanceof jakarta.persistence.PessimisticLockException
        || e instanceof jakarta.persistence.LockTimeoutException;
  }

  private static Map<String, String> incident(Level level, Throwable e) {
    return Map.of("incident", Incidents.report(LOG, level, "API request refused or failed", e));
  }
}

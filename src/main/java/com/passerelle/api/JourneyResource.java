package com.passerelle.api;

import com.passerelle.common.NotFoundException;
import com.passerelle.journey.Journey;
import com.passerelle.journey.Journeys;
import com.passerelle.people.Emails;
import com.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Journeys: one by id, or a person's (one email = one journey). */
@Path("/journeys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JourneyResource {
  @Inject Journeys journeys;

  public record JourneyDto(
      long id,
      String email,
      String template,
      String startDate,
      String managerEmail,
      String hrEmail,
      long flowId,
      long runId,
      int lineNumber,
      String createdAt) {
    static JourneyDto of(Journey j) {
      return new JourneyDto(
          j.getId(),
          j.getPersonEmail(),
          j.getTemplate(),
          j.getStartDate() == null ? null : j.getStartDate().toString(),
          j.getManagerEmail(),
          j.getHrEmail(),
          j.getFlowId(),
          j.getRunId(),
          j.getLineNumber(),
          String.valueOf(j.getCreatedAt()));
    }
  }

  @Operation(summary = "One journey")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
  public JourneyDto get(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    return JourneyDto.of(journeys.get(id));
  }

  @Operation(summary = "The journeys of a person")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  @RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
  public JourneyDto ofPerson(
      @Parameter(description = "Email (or its beginning) of the person") @QueryParam("email")
          String email) {
    if (email == null || email.isBlank()) {
      throw new com.passerelle.common.InvalidRequestException("?email= is required");
    }
    return journeys
        .ofPerson(Emails.normalize(email))
        .map(JourneyDto::of)
        .orElseThrow(() -> new NotFoundException("Journey of", email));
  }
}

package com.passerelle.api;

import com.passerelle.api.ApiDtos.FlowDto;
import com.passerelle.api.ApiDtos.RunDto;
import com.passerelle.api.ApiDtos.TriggerDto;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.flow.FlowDefinition;
import com.passerelle.flow.FlowService;
import com.passerelle.run.Run;
import com.passerelle.run.RunLauncher;
import com.passerelle.run.RunTrigger;
import com.passerelle.schedule.TriggerLog;
import com.passerelle.security.Roles;
import com.passerelle.source.DropZone;
import com.passerelle.source.UploadTooLargeException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Flows: list and read (viewers too); create, replace, run now, run an uploaded CSV (admins). */
@Path("/flows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlowResource {
  @Inject FlowService flows;
  @Inject RunLauncher launcher;
  @Inject TriggerLog triggerLog;
  @Context SecurityContext security;

  @Operation(summary = "Every flow")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  @RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
  public List<FlowDto> list() {
    return flows.list().stream().map(this::dto).toList();
  }

  @Operation(summary = "One flow with its settings")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
  public FlowDto get(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    return dto(flows.getWithRules(id));
  }

  /** Connection settings are for admins; report viewers see what the flow does, not where. */
  private FlowDto dto(com.passerelle.flow.Flow flow) {
    return security.isUserInRole(Roles.ADMIN) ? FlowDto.of(flow) : ApiDtos.forViewer(flow);
  }

  @Operation(summary = "Creates a flow from its definition")
  @APIResponse(responseCode = "201", description = "Created; Location names the new resource")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiApplication.TOO_LARGE)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public Response create(FlowDefinition definition) {
    if (definition == null) {
      throw new InvalidRequestException("A JSON flow definition is required");
    }
    FlowDto created = FlowDto.of(flows.create(definition));
    // Relative URIs resolve against the API's base URI (…/api/v1/).
    return Response.created(URI.create("flows/" + created.id())).entity(created).build();
  }

  /** The flow's recent schedule and webhook firings (started, skipped), newest first. */
  @Operation(
      summary = "The flow's recent schedule and webhook firings (started, skipped), newest first")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{id}/triggers")
  @RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
  public List<TriggerDto> triggers(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    flows.get(id);
    return triggerLog.recent(id, 50).stream().map(TriggerDto::of).toList();
  }

  /** Replaces the flow's settings; secrets left empty keep their stored values. */
  @Operation(summary = "Replaces the flow's settings")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiApplication.TOO_LARGE)
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public FlowDto update(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id") long id,
      FlowDefinition definition) {
    if (definition == null) {
      throw new InvalidRequestException("A JSON flow definition is required");
    }
    return FlowDto.of(flows.update(id, definition));
  }

  /**
   * Runs the oldest file of the flow's drop zone (or reads its remote source); {@code dryRun=true}
   * reports what that would do and changes nothing.
   */
  @Operation(summary = "Runs the oldest file of the flow's drop zone (or reads its remote source)")
  @APIResponse(responseCode = "202", description = "Accepted: it goes on in the background")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiApplication.TOO_LARGE)
  @POST
  @Path("{id}/runs")
  @RolesAllowed(Roles.ADMIN)
  public Response runNow(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id") long id,
      @Parameter(description = "true: evaluate every line and create nothing") @QueryParam("dryRun")
          String dryRun) {
    return accepted(launcher.runNow(id, RunTrigger.MANUAL, user(), dryRun(dryRun)));
  }

  /** {@code true} or {@code false} (or absent); anything else is a 400, not a silent real run. */
  static boolean dryRun(String value) {
    if (value == null || value.isEmpty() || "false".equalsIgnoreCase(value)) {
      return false;
    }
    if ("true".equalsIgnoreCase(value)) {
      return true;
    }
    throw new InvalidRequestException("dryRun must be true or false");
  }

  /** Stores the CSV body in the flow's drop zone and runs it. */
  @Operation(summary = "Stores the CSV body in the flow's drop zone and runs it")
  @APIResponse(responseCode = "202", description = "Accepted: it goes on in the background")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiApplication.TOO_LARGE)
  @POST
  @Path("{id}/uploads")
  @Consumes("text/csv")
  @RolesAllowed(Roles.ADMIN)
  public Response runFile(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id") long id,
      @Parameter(description = "Name of the uploaded file, kept with the run")
          @QueryParam("filename")
          String filename,
      @Parameter(description = "true: evaluate every line and create nothing") @QueryParam("dryRun")
          String dryRun,
      @Parameter(description = "Length of the uploaded body in bytes (required)")
          @HeaderParam("Content-Length")
          Long declaredLength,
      InputStream body) {
    if (declaredLength != null && declaredLength > DropZone.MAX_UPLOAD_BYTES) {
      throw new UploadTooLargeException(DropZone.MAX_UPLOAD_BYTES); // before reading a byte
    }
    flows.get(id);
    boolean dry = dryRun(dryRun); // checked before the body is received
    return accepted(
        launcher.startUpload(
            id, user(), filename == null ? "api-upload.csv" : filename, body, dry));
  }

  /** 202: the run goes on in the background; poll its Location. */
  private static Response accepted(Run run) {
    return Response.status(Response.Status.ACCEPTED)
        .location(URI.create("runs/" + run.getId()))
        .entity(RunDto.of(run))
        .build();
  }

  private String user() {
    return security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
  }
}

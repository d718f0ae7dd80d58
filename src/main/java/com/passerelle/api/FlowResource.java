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

/** Flows: list and read (viewers too); create, replace, run now, run an uploaded CSV (admins). */
@Path("/flows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlowResource {
  @Inject FlowService flows;
  @Inject RunLauncher launcher;
  @Inject TriggerLog triggerLog;
  @Context SecurityContext security;

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
  public List<FlowDto> list() {
    return flows.list().stream().map(this::dto).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
  public FlowDto get(@PathParam("id") long id) {
    return dto(flows.getWithRules(id));
  }

  /** Connection settings are for admins; report viewers see what the flow does, not where. */
  private FlowDto dto(com.passerelle.flow.Flow flow) {
    return security.isUserInRole(Roles.ADMIN) ? FlowDto.of(flow) : ApiDtos.forViewer(flow);
  }

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
  @GET
  @Path("{id}/triggers")
  @RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
  public List<TriggerDto> triggers(@PathParam("id") long id) {
    flows.get(id);
    return triggerLog.recent(id, 50).stream().map(TriggerDto::of).toList();
  }

  /** Replaces the flow's settings; secrets left empty keep their stored values. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public FlowDto update(@PathParam("id") long id, FlowDefinition definition) {
    if (definition == null) {
      throw new InvalidRequestException("A JSON flow definition is required");
    }
    return FlowDto.of(flows.update(id, definition));
  }

  /**
   * Runs the oldest file of the flow's drop zone (or reads its remote source); {@code dryRun=true}
   * reports what that would do and changes nothing.
   */
  @POST
  @Path("{id}/runs")
  @RolesAllowed(Roles.ADMIN)
  public Response runNow(@PathParam("id") long id, @QueryParam("dryRun") String dryRun) {
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
  @POST
  @Path("{id}/uploads")
  @Consumes("text/csv")
  @RolesAllowed(Roles.ADMIN)
  public Response runFile(
      @PathParam("id") long id,
      @QueryParam("filename") String filename,
      @QueryParam("dryRun") String dryRun,
      @HeaderParam("Content-Length") Long declaredLength,
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

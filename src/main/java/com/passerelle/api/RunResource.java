package com.passerelle.api;

import com.passerelle.api.ApiDtos.LineDto;
import com.passerelle.api.ApiDtos.LinePageDto;
import com.passerelle.api.ApiDtos.RunDto;
import com.passerelle.common.NotFoundException;
import com.passerelle.report.SourceFiles;
import com.passerelle.run.Line;
import com.passerelle.run.LineCursor;
import com.passerelle.run.LineFilter;
import com.passerelle.run.LinePage;
import com.passerelle.run.ReportCsv;
import com.passerelle.run.Run;
import com.passerelle.run.RunControl;
import com.passerelle.run.RunEndWaits;
import com.passerelle.run.RunLauncher;
import com.passerelle.run.RunRepository;
import com.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Runs and their lines, read-only, for admins and report viewers. */
@Path("/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
public class RunResource {
  @Inject RunRepository runs;
  @Inject ReportCsv reportCsv;
  @Inject RunControl control;
  @Inject RunEndWaits waits;
  @Inject RunLauncher launcher;
  @Inject SourceFiles sourceFiles;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  @Operation(summary = "The latest runs, of every flow or of one")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  public List<RunDto> list(
      @Parameter(description = "Only this flow (its id)") @QueryParam("flow") Long flowId,
      @Parameter(description = "Maximum number of items (capped by the server)")
          @QueryParam("limit")
          @DefaultValue("100")
          int limit) {
    int safe = Math.max(1, Math.min(1000, limit));
    List<Run> found = flowId == null ? runs.latest(safe) : runs.ofFlow(flowId, safe);
    return found.stream().map(RunDto::of).toList();
  }

  @Operation(
      summary = "One run with its counters",
      description =
          "With wait=N (seconds, at most 60), a run in progress is answered when it ends or after"
              + " N seconds, whichever comes first: one request instead of polling.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(implementation = RunDto.class)))
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{id}")
  public void get(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id") long id,
      @Parameter(
              description =
                  "Seconds to wait for a run in progress to end before answering (0 to 60)")
          @QueryParam("wait")
          String wait,
      @Suspended AsyncResponse response) {
    Duration waitFor = RunEndWaits.parseWait(wait);
    Run run = run(id);
    if (waitFor.isZero() || run.getState().finished()) {
      response.resume(RunDto.of(run));
      return;
    }
    // The container's own time limit for the suspended request, past the wait: answered anyway
    // should the waits' checks ever stop (the container's default limit may be shorter).
    response.setTimeoutHandler(late -> answer(id, late));
    response.setTimeout(waitFor.toSeconds() + 5, TimeUnit.SECONDS);
    String user = security.getUserPrincipal().getName();
    if (!waits.await(id, user, waitFor, () -> answer(id, response))) {
      response.resume(RunDto.of(run));
    }
  }

  /** A waiting caller's answer, read when it is due (on a server thread, not the request's). */
  private void answer(long id, AsyncResponse response) {
    try {
      response.resume(RunDto.of(run(id)));
    } catch (RuntimeException e) {
      response.resume(e); // mapped as any error of this API (404 if the run was deleted)
    }
  }

  /**
   * A page of lines, keyset-paged: {@code after} or {@code before} a line number, or {@code
   * last=true}; {@code next} and {@code previous} are the links to follow, filters kept.
   */
  @Operation(summary = "A page of lines, keyset-paged")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{id}/lines")
  public LinePageDto lines(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id") long id,
      @Parameter(description = "Only items with this status") @QueryParam("status") String status,
      @Parameter(description = "Search text (email, id or name beginning)") @QueryParam("q")
          String q,
      @Parameter(
              description =
                  "Keyset cursor: the page after this position (from the previous page's link)")
          @QueryParam("after")
          String after,
      @Parameter(
              description =
                  "Keyset cursor: the page before this position (from the previous page's link)")
          @QueryParam("before")
          String before,
      @Parameter(description = "true: the last page") @QueryParam("last") String last,
      @Parameter(description = "Page size (capped by the server)")
          @QueryParam("size")
          @DefaultValue("50")
          int size) {
    LineFilter filter = LineFilter.of(status, q);
    LinePage page = runs.lines(run(id), filter, LineCursor.of(after, before, last), size);
    return new LinePageDto(
        page.items().stream().map(LineDto::of).toList(),
        page.size(),
        page.total(),
        page.totalCapped(),
        link(id, filter, page, "after", page.nextAfter()),
        link(id, filter, page, "before", page.previousBefore()));
  }

  /** A relative link to another page of the same filter. */
  private String link(long id, LineFilter filter, LinePage page, String cursor, Integer line) {
    if (line == null) {
      return null;
    }
    StringBuilder query = new StringBuilder();
    if (filter.status() != null) {
      query.append("status=").append(filter.status().name()).append('&');
    }
    if (filter.query() != null) {
      query.append("q=").append(URLEncoder.encode(filter.query(), StandardCharsets.UTF_8));
      query.append('&');
    }
    query.append(cursor).append('=').append(line).append("&size=").append(page.size());
    return uriInfo.getBaseUri().getRawPath() + "runs/" + id + "/lines?" + query;
  }

  /** The report as CSV, with the same filters as the lines list. */
  @Operation(summary = "The report as CSV, with the same filters as the lines list")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{id}/lines.csv")
  @Produces("text/csv")
  public Response linesCsv(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id") long id,
      @Parameter(description = "Only items with this status") @QueryParam("status") String status,
      @Parameter(description = "Search text (email, id or name beginning)") @QueryParam("q")
          String q) {
    Run run = run(id);
    LineFilter filter = LineFilter.of(status, q);
    reportCsv.requireListable(run, filter);
    StreamingOutput body = out -> reportCsv.write(id, filter, out);
    return Response.ok(body, "text/csv;charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ReportCsv.fileName(run, filter) + "\"")
        .build();
  }

  /** The run's original file as it stored it (404 saying why when there is none any more). */
  @Operation(
      summary =
          "The run's original file as it stored it (404 saying why when there is none any more)")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{id}/source")
  @Produces({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
  public Response source(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    Run run = run(id);
    java.nio.file.Path file = sourceFiles.of(run);
    StreamingOutput body = out -> java.nio.file.Files.copy(file, out);
    return Response.ok(body, SourceFiles.contentType(file))
        .header(
            "Content-Disposition", "attachment; filename=\"" + SourceFiles.downloadName(run) + "\"")
        .build();
  }

  /** Resumes a stopped run after its last saved line (202: it goes on in the background). */
  @Operation(
      summary =
          "Resumes a stopped run after its last saved line (202: it goes on in the background)")
  @APIResponse(responseCode = "202", description = "Accepted: it goes on in the background")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiApplication.TOO_LARGE)
  @POST
  @Path("{id}/resume")
  @RolesAllowed(Roles.ADMIN)
  public Response resume(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    run(id);
    return Response.status(Response.Status.ACCEPTED).entity(RunDto.of(control.resume(id))).build();
  }

  /**
   * Re-runs the run's Failure lines with the flow's current rules: 201 with the new run (it goes on
   * in the background); 409 when the run is not finished, has no failure, its file is gone, or a
   * re-run of it is in progress.
   */
  @Operation(summary = "Re-runs the run's Failure lines with the flow's current rules")
  @APIResponse(responseCode = "201", description = "Created; Location names the new resource")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiApplication.TOO_LARGE)
  @POST
  @Path("{id}/rerun-failures")
  @RolesAllowed(Roles.ADMIN)
  public Response rerunFailures(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    run(id);
    Run rerun = launcher.rerunFailures(id, security.getUserPrincipal().getName());
    return Response.created(URI.create("runs/" + rerun.getId())).entity(RunDto.of(rerun)).build();
  }

  /** Stops a run after the chunk being written; answers once the job has stopped. */
  @Operation(summary = "Stops a run after the chunk being written")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiApplication.TOO_LARGE)
  @POST
  @Path("{id}/stop")
  @RolesAllowed(Roles.ADMIN)
  public RunDto stop(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    run(id);
    return RunDto.of(control.stop(id, security.getUserPrincipal().getName()));
  }

  @Operation(summary = "One line of a run with its messages")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{id}/lines/{lineNumber}")
  public LineDto line(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id") long id,
      @Parameter(description = "The line's number in the run's file (1 is the first data line)")
          @PathParam("lineNumber")
          long lineNumber) {
    Line line = lineNumber > Integer.MAX_VALUE ? null : runs.line(id, (int) lineNumber);
    if (line == null) {
      throw new NotFoundException("Line", lineNumber);
    }
    return LineDto.of(line);
  }

  private Run run(long id) {
    Run run = runs.find(id);
    if (run == null) {
      throw new NotFoundException("Run", id);
    }
    return run;
  }
}

package com.passerelle.api;

import com.passerelle.api.ActivityDtos.ActivityDto;
import com.passerelle.api.ActivityDtos.ActivityLineDto;
import com.passerelle.api.ActivityDtos.ActivityLinesDto;
import com.passerelle.api.ActivityDtos.RunProgressDto;
import com.passerelle.flow.FlowService;
import com.passerelle.run.ActivityCursor;
import com.passerelle.run.ActivityFilter;
import com.passerelle.run.ActivityLines;
import com.passerelle.run.ActivityPage;
import com.passerelle.run.FlowActivity;
import com.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A flow's Activity, read-only, for admins and report viewers (as runs and their reports): the live
 * progress the Activity page polls, and its line view across runs.
 */
@Path("/flows/{id}/activity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
public class ActivityResource {
  @Inject FlowService flows;
  @Inject FlowActivity activity;
  @Inject ActivityLines lines;
  @Context UriInfo uriInfo;

  /**
   * The flow's runs in progress, plus the runs named in {@code runs} (ids, comma-separated), plus
   * the runs newer than {@code newerThan} (a run id), finished or not, so a poller sees every run
   * that started since its last answer. {@code newestRunId}: the next {@code newerThan}.
   */
  @Operation(
      summary =
          "The flow's runs in progress, plus the runs named in runs (ids, comma-separated), plus the runs newer than newerThan (a run id), finished or not,...")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  public ActivityDto progress(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id") long id,
      @Parameter(description = "Comma-separated run ids") @QueryParam("runs") String runs,
      @Parameter(description = "Only items newer than this cursor") @QueryParam("newerThan")
          String newerThan) {
    flows.get(id);
    Long since = newerThan == null || newerThan.isBlank() ? null : runId(newerThan);
    var live = activity.live(id, FlowActivity.ids(runs), since);
    long newest = live.stream().mapToLong(p -> p.runId()).max().orElse(0);
    return new ActivityDto(
        id,
        live.stream().map(RunProgressDto::of).toList(),
        Math.max(newest, since == null ? 0 : since));
  }

  private static long runId(String value) {
    try {
      long v = Long.parseLong(value.trim());
      if (v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new com.passerelle.common.InvalidRequestException(
        "newerThan must be a run id (0 or more): " + value);
  }

  /**
   * Lines of the runs started from {@code from} to {@code to} (UTC days, yyyy-mm-dd; the last 7
   * days by default), newest run first, filtered by {@code status} and {@code q}; {@code after} or
   * {@code before} a position {@code runId-lineNumber} (the answer's links).
   */
  @Operation(
      summary = "Lines of the flow's runs started in a period (UTC days, yyyy-mm-dd), newest first")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("lines")
  public ActivityLinesDto lines(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id") long id,
      @Parameter(description = "First day of the period (YYYY-MM-DD, UTC)") @QueryParam("from")
          String from,
      @Parameter(description = "Last day of the period (YYYY-MM-DD, UTC), included")
          @QueryParam("to")
          String to,
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
          String before) {
    flows.get(id);
    ActivityFilter filter = ActivityFilter.of(from, to, status, q, LocalDate.now(ZoneOffset.UTC));
    ActivityPage page = lines.page(id, filter, ActivityCursor.of(after, before));
    return new ActivityLinesDto(
        filter.from().toString(),
        filter.to().toString(),
        page.items().stream().map(ActivityLineDto::of).toList(),
        link(id, filter, "after", page.next()),
        link(id, filter, "before", page.previous()),
        page.runsProbed(),
        page.runsCapped(),
        page.tooBroad(),
        page.complete());
  }

  private String link(long id, ActivityFilter filter, String name, ActivityCursor cursor) {
    if (cursor == null) {
      return null;
    }
    StringBuilder query = new StringBuilder();
    query.append("from=").append(filter.from()).append("&to=").append(filter.to());
    if (filter.lines().status() != null) {
      query.append("&status=").append(filter.lines().status().name());
    }
    if (filter.lines().query() != null) {
      query.append("&q=").append(URLEncoder.encode(filter.lines().query(), StandardCharsets.UTF_8));
    }
    query.append('&').append(name).append('=').append(cursor.token());
    return uriInfo.getBaseUri().getRawPath() + "flows/" + id + "/activity/lines?" + query;
  }
}

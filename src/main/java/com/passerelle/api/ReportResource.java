package com.passerelle.api;

import com.passerelle.api.ApiDtos.RunDto;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.failure.Failure;
import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowService;
import com.passerelle.report.ErrorSummary;
import com.passerelle.report.ReportInputs;
import com.passerelle.report.ReportPeriod;
import com.passerelle.report.RunHistory;
import com.passerelle.run.Line;
import com.passerelle.run.RunHistoryFilter;
import com.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Reports across flows (the classic interface): the history of every run, the summary of errors by
 * flow and the failures of one flow and code. Same parameters and checks as the pages.
 */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
public class ReportResource {
  @Inject FlowService flowService;
  @Inject RunHistory history;
  @Inject ErrorSummary errors;
  @Context UriInfo uriInfo;

  /** A page of runs, newest first; {@code next} (older) and {@code previous} (newer) links. */
  public record RunPageDto(List<RunDto> items, String next, String previous) {}

  public record CodeCountDto(
      String code, String title, String level, long count, String lastDay, String failures) {}

  public record FlowErrorsDto(Long flowId, String flowName, long total, List<CodeCountDto> codes) {}

  public record FailureRowDto(
      long id,
      String occurredAt,
      String scope,
      Long runId,
      Integer lineNumber,
      Long rerunOf,
      String status,
      String name,
      String email) {}

  public record FailurePageDto(List<FailureRowDto> items, String next) {}

  @Operation(summary = "History of runs across flows in a period")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  @Path("runs")
  public RunPageDto runs(
      @Parameter(description = "Only this flow (its id)") @QueryParam("flow") String flow,
      @Parameter(description = "Only items in this state") @QueryParam("state") String state,
      @Parameter(description = "First day of the period (YYYY-MM-DD, UTC)") @QueryParam("from")
          String from,
      @Parameter(description = "Last day of the period (YYYY-MM-DD, UTC), included")
          @QueryParam("to")
          String to,
      @Parameter(description = "Only items older than this cursor") @QueryParam("older")
          String older,
      @Parameter(description = "Only items newer than this cursor") @QueryParam("newer")
          String newer,
      @Parameter(description = "Page size (capped by the server)") @QueryParam("size")
          String sizeText) {
    int size = RunHistory.PAGE_SIZE;
    if (sizeText != null && !sizeText.isBlank()) {
      size = sizeText.matches("\\d{1,3}") ? Integer.parseInt(sizeText) : 0;
      if (size < 1 || size > 500) {
        throw new InvalidRequestException("size must be between 1 and 500: " + sizeText);
      }
    }
    Map<Long, Flow> flows = flows();
    ReportPeriod period = ReportPeriod.of(from, to);
    Long flowId = ReportInputs.flow(flow, flows);
    var runState = ReportInputs.state(state);
    RunHistoryFilter filter = new RunHistoryFilter(period.start(), period.end(), flowId, runState);
    RunHistory.Page page =
        history.page(
            filter, ReportInputs.cursor("older", older), ReportInputs.cursor("newer", newer), size);
    Map<String, Object> keep = new LinkedHashMap<>();
    keep.put("flow", flowId);
    keep.put("state", runState == null ? null : runState.name());
    keep.put("from", period.from());
    keep.put("to", period.to());
    keep.put("size", size);
    return new RunPageDto(
        page.runs().stream().map(RunDto::of).toList(),
        page.older() == null ? null : link("reports/runs", keep, "older", page.older()),
        page.newer() == null ? null : link("reports/runs", keep, "newer", page.newer()));
  }

  @Operation(summary = "Errors by flow and code in a period")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  @Path("errors/summary")
  public List<FlowErrorsDto> summary(
      @Parameter(description = "Only this flow (its id)") @QueryParam("flow") String flow,
      @Parameter(description = "First day of the period (YYYY-MM-DD, UTC)") @QueryParam("from")
          String from,
      @Parameter(description = "Last day of the period (YYYY-MM-DD, UTC), included")
          @QueryParam("to")
          String to) {
    Map<Long, Flow> flows = flows();
    ReportPeriod period = ReportPeriod.of(from, to);
    Long flowId = ReportInputs.flow(flow, flows);
    return errors.summary(period, flowId, flows).stream()
        .map(
            fe ->
                new FlowErrorsDto(
                    fe.flowId(),
                    fe.flowName(),
                    fe.total(),
                    fe.codes().stream()
                        .map(
                            c ->
                                new CodeCountDto(
                                    c.code(),
                                    c.title(),
                                    c.lineLevel() ? "LINE" : "RUN",
                                    c.count(),
                                    String.valueOf(c.last()),
                                    fe.flowId() == null
                                        ? null
                                        : link(
                                            "reports/errors",
                                            keep(fe.flowId(), c.code(), period),
                                            null,
                                            null)))
                        .toList()))
        .toList();
  }

  @Operation(summary = "The failures of one code in one flow, newest first, keyset-paged")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  @Path("errors")
  public FailurePageDto failures(
      @Parameter(description = "Only this flow (its id)") @QueryParam("flow") String flow,
      @Parameter(description = "Error code to filter on (HTTP status or Passerelle code)")
          @QueryParam("code")
          String code,
      @Parameter(description = "First day of the period (YYYY-MM-DD, UTC)") @QueryParam("from")
          String from,
      @Parameter(description = "Last day of the period (YYYY-MM-DD, UTC), included")
          @QueryParam("to")
          String to,
      @Parameter(
              description =
                  "Keyset cursor: the page before this position (from the previous page's link)")
          @QueryParam("before")
          String before) {
    ReportPeriod period = ReportPeriod.of(from, to);
    Long flowId = ReportInputs.flow(flow, flows());
    if (flowId == null) {
      throw new InvalidRequestException("Give a flow (flow=...) to list its failures.");
    }
    String checked = ReportInputs.code(code);
    ErrorSummary.FailurePage page =
        errors.failures(
            flowId, checked, period, ReportInputs.cursor("before", before), ErrorSummary.PAGE_SIZE);
    List<FailureRowDto> items =
        page.rows().stream()
            .map(
                row -> {
                  Failure f = row.failure();
                  Line l = row.line();
                  return new FailureRowDto(
                      f.getId(),
                      f.getOccurredAt().toString(),
                      f.getScope().name(),
                      f.getRunId(),
                      f.getLineNumber(),
                      row.rerunOf(),
                      l == null ? null : l.getStatus().name(),
                      l == null ? null : l.getDisplayName(),
                      l == null ? null : l.getEmail());
                })
            .toList();
    return new FailurePageDto(
        items,
        page.before() == null
            ? null
            : link("reports/errors", keep(flowId, checked, period), "before", page.before()));
  }

  private static Map<String, Object> keep(long flowId, String code, ReportPeriod period) {
    Map<String, Object> keep = new LinkedHashMap<>();
    keep.put("flow", flowId);
    keep.put("code", code);
    keep.put("from", period.from());
    keep.put("to", period.to());
    return keep;
  }

  private Map<Long, Flow> flows() {
    Map<Long, Flow> byId = new LinkedHashMap<>();
    flowService.list().forEach(f -> byId.put(f.getId(), f));
    return byId;
  }

  /** A path from the server root with the given parameters (nulls left out) and a cursor. */
  private String link(String path, Map<String, Object> params, String cursor, Object value) {
    StringBuilder q = new StringBuilder();
    params.forEach(
        (k, v) -> {
          if (v != null) {
            q.append(q.isEmpty() ? "" : "&").append(k).append('=');
            q.append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
          }
        });
    if (cursor != null) {
      q.append(q.isEmpty() ? "" : "&").append(cursor).append('=').append(value);
    }
    return uriInfo.getBaseUri().getRawPath() + path + "?" + q;
  }
}

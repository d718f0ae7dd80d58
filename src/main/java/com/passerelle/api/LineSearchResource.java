package com.passerelle.api;

import com.passerelle.api.ApiDtos.LineDto;
import com.passerelle.api.ApiDtos.MessageDto;
import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowService;
import com.passerelle.report.PersonSearch;
import com.passerelle.report.ReportInputs;
import com.passerelle.report.ReportPeriod;
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
 * The person search across every run of every flow ("I cannot find an employee"): the lines whose
 * email, id or name starts with {@code q}, in runs started between {@code from} and {@code to}.
 */
@Path("/lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
public class LineSearchResource {
  @Inject FlowService flowService;
  @Inject PersonSearch search;
  @Context UriInfo uriInfo;

  /**
   * A line found; {@code dryRun}: its run was a dry run, so {@code note} says nothing was created.
   */
  public record FoundDto(
      long flowId,
      String flowName,
      long runId,
      String startedAt,
      boolean dryRun,
      String note,
      LineDto line) {}

  public record ProfileDto(
      String email,
      String externalId,
      String firstName,
      String lastName,
      String startDate,
      Long createdByRun,
      Long journeyId) {}

  /**
   * What was found; {@code notFound} is the FAQ's answer (catalog entry) when no line matched in
   * any run of the period. {@code capped} (and {@code runsCapped}): only the newest {@code
   * runsProbed} runs were read, from {@code newestRunId} down to {@code oldestRunId} (started at
   * {@code oldestStartedAt}); {@code next} goes on with the older runs, and there is no {@code
   * notFound} since older runs were not read. {@code before}: the cursor this answer went on from.
   */
  public record SearchDto(
      String query,
      String from,
      String to,
      Long before,
      List<FoundDto> items,
      boolean moreLines,
      int runsProbed,
      boolean runsCapped,
      boolean capped,
      Long newestRunId,
      Long oldestRunId,
      String oldestStartedAt,
      String next,
      List<ProfileDto> profiles,
      MessageDto notFound) {}

  @Operation(summary = "Lines of a person across runs (email, id or name beginning), in a period")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  @Path("search")
  public SearchDto search(
      @Parameter(description = "Search text (email, id or name beginning)") @QueryParam("q")
          String q,
      @Parameter(description = "First day of the period (YYYY-MM-DD, UTC)") @QueryParam("from")
          String from,
      @Parameter(description = "Last day of the period (YYYY-MM-DD, UTC), included")
          @QueryParam("to")
          String to,
      @Parameter(
              description =
                  "Keyset cursor: the page before this position (from the previous page's link)")
          @QueryParam("before")
          String before,
      @Parameter(description = "Maximum number of runs to look into") @QueryParam("maxRuns")
          String maxRuns) {
    Map<Long, Flow> flows = new LinkedHashMap<>();
    flowService.list().forEach(f -> flows.put(f.getId(), f));
    ReportPeriod period = ReportPeriod.of(from, to);
    int cap = ReportInputs.maxRuns(maxRuns);
    PersonSearch.Outcome o =
        search.search(
            q == null ? "" : q, period, flows, ReportInputs.cursor("before", before), cap);
    return new SearchDto(
        o.query(),
        period.from().toString(),
        period.to().toString(),
        o.before(),
        o.lines().stream()
            .map(
                f ->
                    new FoundDto(
                        f.flowId(),
                        f.flowName(),
                        f.runId(),
                        f.startedAt().toString(),
                        f.dryRun(),
                        f.dryRunNote(),
                        LineDto.of(f.line())))
            .toList(),
        o.moreLines(),
        o.runsProbed(),
        o.runsCapped(),
        o.runsCapped(),
        o.newestRunId(),
        o.oldestRunId(),
        o.oldestStartedAt() == null ? null : o.oldestStartedAt().toString(),
        o.olderThan() == null ? null : next(o, period, maxRuns == null ? null : cap),
        o.profiles().stream()
            .map(
                p ->
                    new ProfileDto(
                        p.person().getEmail(),
                        p.person().getExternalId(),
                        p.person().getFirstName(),
                        p.person().getLastName(),
                        p.person().getStartDate() == null
                            ? null
                            : p.person().getStartDate().toString(),
                        p.person().getCreatedByRun(),
                        p.journey() == null ? null : p.journey().getId()))
            .toList(),
        o.notFound() == null
            ? null
            : MessageDto.of(
                PersonSearch.NOT_FOUND, PersonSearch.notFoundParams(o.query(), period)));
  }

  /** The same search in the runs older than the oldest one this answer probed. */
  private String next(PersonSearch.Outcome o, ReportPeriod period, Integer maxRuns) {
    StringBuilder link =
        new StringBuilder(uriInfo.getBaseUri().getRawPath())
            .append("lines/search?q=")
            .append(URLEncoder.encode(o.query(), StandardCharsets.UTF_8))
            .append("&from=")
            .append(period.from())
            .append("&to=")
            .append(period.to())
            .append("&before=")
            .append(o.olderThan());
    if (maxRuns != null) {
      link.append("&maxRuns=").append(maxRuns);
    }
    return link.toString();
  }
}

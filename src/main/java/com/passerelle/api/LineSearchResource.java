package com.passerelle.api;

import com.passerelle.api.ApiDtos.LineDto;
import com.passerelle.api.ApiDtos.MessageDto;
import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowService;
import com.passerelle.report.PersonSearch;
import com.passerelle.report.ReportPeriod;
import com.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  public record FoundDto(
      long flowId, String flowName, long runId, String startedAt, LineDto line) {}

  public record ProfileDto(
      String email,
      String externalId,
      String firstName,
      String lastName,
      String startDate,
      Long createdByRun,
      Long journeyId) {}

  /**
   * What was found; {@code notFound} is the FAQ's answer (catalog entry) when no line matched;
   * {@code runsCapped} says only the newest {@value PersonSearch#MAX_RUNS} runs were read.
   */
  public record SearchDto(
      String query,
      String from,
      String to,
      List<FoundDto> items,
      boolean moreLines,
      int runsProbed,
      boolean runsCapped,
      List<ProfileDto> profiles,
      MessageDto notFound) {}

  @GET
  @Path("search")
  public SearchDto search(
      @QueryParam("q") String q, @QueryParam("from") String from, @QueryParam("to") String to) {
    Map<Long, Flow> flows = new LinkedHashMap<>();
    flowService.list().forEach(f -> flows.put(f.getId(), f));
    ReportPeriod period = ReportPeriod.of(from, to);
    PersonSearch.Outcome o = search.search(q == null ? "" : q, period, flows);
    return new SearchDto(
        o.query(),
        period.from().toString(),
        period.to().toString(),
        o.lines().stream()
            .map(
                f ->
                    new FoundDto(
                        f.flowId(),
                        f.flowName(),
                        f.runId(),
                        f.startedAt().toString(),
                        LineDto.of(f.line())))
            .toList(),
        o.moreLines(),
        o.runsProbed(),
        o.runsCapped(),
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
                PersonSearch.NOT_FOUND,
                Map.of(
                    "query", o.query(),
                    "from", period.from().toString(),
                    "to", period.to().toString())));
  }
}

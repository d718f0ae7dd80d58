package com.passerelle.api;

import com.passerelle.api.ApiDtos.LineDto;
import com.passerelle.api.ApiDtos.PageDto;
import com.passerelle.api.ApiDtos.RunDto;
import com.passerelle.common.NotFoundException;
import com.passerelle.run.Line;
import com.passerelle.run.LineFilter;
import com.passerelle.run.Page;
import com.passerelle.run.Run;
import com.passerelle.run.RunRepository;
import com.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Runs and their lines, read-only, for admins and report viewers. */
@Path("/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
public class RunResource {
  @Inject RunRepository runs;

  @GET
  public List<RunDto> list(
      @QueryParam("flow") Long flowId, @QueryParam("limit") @DefaultValue("100") int limit) {
    int safe = Math.max(1, Math.min(1000, limit));
    List<Run> found = flowId == null ? runs.latest(safe) : runs.ofFlow(flowId, safe);
    return found.stream().map(RunDto::of).toList();
  }

  @GET
  @Path("{id}")
  public RunDto get(@PathParam("id") long id) {
    return RunDto.of(run(id));
  }

  @GET
  @Path("{id}/lines")
  public PageDto<LineDto> lines(
      @PathParam("id") long id,
      @QueryParam("status") String status,
      @QueryParam("q") String q,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    run(id);
    Page<Line> result = runs.lines(id, LineFilter.of(status, q), page, size);
    return new PageDto<>(
        result.items().stream().map(LineDto::of).toList(),
        result.page(),
        result.size(),
        result.total(),
        result.pages());
  }

  @GET
  @Path("{id}/lines/{lineId}")
  public LineDto line(@PathParam("id") long id, @PathParam("lineId") long lineId) {
    Line line = runs.line(id, lineId);
    if (line == null) {
      throw new NotFoundException("Line", lineId);
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

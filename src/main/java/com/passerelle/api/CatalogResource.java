package com.passerelle.api;

import com.passerelle.catalog.CommonErrors;
import com.passerelle.common.NotFoundException;
import com.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The common-errors catalog as JSON (the page is /monitoring/catalog): for each code of seed 003's
 * table and our own codes in that role, what it means for each integration type and what to do.
 */
@Path("/monitoring/catalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
public class CatalogResource {

  public record CellDto(
      String integrationType,
      String integrationLabel,
      boolean applicable,
      String title,
      String meaning,
      String action) {}

  public record CodeDto(String code, String name, boolean http, List<CellDto> types) {}

  @GET
  public List<CodeDto> all() {
    return CommonErrors.standard().rows().stream().map(CatalogResource::dto).toList();
  }

  @GET
  @Path("{code}")
  public CodeDto one(@PathParam("code") String code) {
    CommonErrors.Row row = CommonErrors.standard().row(code);
    if (row == null) {
      throw new NotFoundException(
          "The common-errors catalog has no code " + code + "; see /api/v1/monitoring/catalog");
    }
    return dto(row);
  }

  private static CodeDto dto(CommonErrors.Row row) {
    return new CodeDto(
        row.code(),
        row.name(),
        CommonErrors.HTTP_CODES.contains(row.code()),
        row.cells().stream()
            .map(
                c ->
                    new CellDto(
                        c.type().name(),
                        c.type().label(),
                        c.applicable(),
                        c.title(),
                        c.meaning(),
                        c.action()))
            .toList());
  }
}

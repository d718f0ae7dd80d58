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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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

  @Operation(
      summary =
          "The common-errors catalog: every code, what it means for each integration type and what to do")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  public List<CodeDto> all() {
    return CommonErrors.standard().rows().stream().map(CatalogResource::dto).toList();
  }

  @Operation(summary = "One code of the common-errors catalog, for each integration type")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{code}")
  public CodeDto one(
      @Parameter(
              description =
                  "An error code: an HTTP status (401) or one of Passerelle's codes (SFTP_CONNECTION)")
          @PathParam("code")
          String code) {
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

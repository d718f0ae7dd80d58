package com.passerelle.api;

import com.passerelle.absence.LeaveAccounts;
import com.passerelle.api.AbsenceDtos.LeaveAccountDto;
import com.passerelle.api.AbsenceDtos.LeaveAccountRequest;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Leave accounts: list and read (viewers too), create (admins). */
@Path("/leave-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
public class LeaveAccountResource {
  @Inject LeaveAccounts accounts;

  /** Every account, by name (at most {@value LeaveAccounts#LIST_MAX}). */
  @Operation(summary = "Every leave account, by name")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  public List<LeaveAccountDto> list() {
    return accounts.list().stream().map(LeaveAccountDto::of).toList();
  }

  @Operation(summary = "One leave account")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{id}")
  public LeaveAccountDto get(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    return LeaveAccountDto.of(accounts.get(id));
  }

  @Operation(summary = "Creates a leave account")
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
  public Response create(LeaveAccountRequest request) {
    if (request == null) {
      throw new InvalidRequestException("A JSON leave account is required");
    }
    LeaveAccountDto created =
        LeaveAccountDto.of(
            accounts.create(
                request.name(), request.categoryId(), request.categoryName(), request.unit()));
    return Response.created(URI.create("leave-accounts/" + created.id())).entity(created).build();
  }
}

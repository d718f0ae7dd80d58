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

/** Leave accounts: list and read (viewers too), create (admins). */
@Path("/leave-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
public class LeaveAccountResource {
  @Inject LeaveAccounts accounts;

  /** Every account, by name (at most {@value LeaveAccounts#LIST_MAX}). */
  @GET
  public List<LeaveAccountDto> list() {
    return accounts.list().stream().map(LeaveAccountDto::of).toList();
  }

  @GET
  @Path("{id}")
  public LeaveAccountDto get(@PathParam("id") long id) {
    return LeaveAccountDto.of(accounts.get(id));
  }

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

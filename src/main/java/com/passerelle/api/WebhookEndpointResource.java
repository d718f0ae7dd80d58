package com.passerelle.api;

import com.passerelle.api.WebhookDtos.EndpointDto;
import com.passerelle.security.Roles;
import com.passerelle.webhook.EndpointDefinition;
import com.passerelle.webhook.WebhookEndpoints;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Customer webhook endpoints: list and read (viewers too, without secrets), create and replace
 * (admins). Authorization keys and signing secrets are write-only.
 */
@Path("/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WebhookEndpointResource {
  @Inject WebhookEndpoints endpoints;
  @Context SecurityContext security;

  @Operation(summary = "Every outbound webhook endpoint")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  @RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
  public List<EndpointDto> list() {
    boolean admin = admin();
    return endpoints.list().stream().map(e -> EndpointDto.of(e, admin)).toList();
  }

  @Operation(summary = "One outbound webhook endpoint")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{id: \\d+}")
  @RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
  public EndpointDto get(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    return EndpointDto.of(endpoints.get(id), admin());
  }

  @Operation(summary = "Creates an outbound webhook endpoint")
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
  public Response create(EndpointDefinition definition) {
    EndpointDto created = EndpointDto.of(endpoints.create(definition), true);
    return Response.created(URI.create("webhooks/" + created.id())).entity(created).build();
  }

  /** Replaces the settings; secrets left empty keep their stored values. */
  @Operation(summary = "Replaces an endpoint's settings")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiApplication.TOO_LARGE)
  @PUT
  @Path("{id: \\d+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public EndpointDto update(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id") long id,
      EndpointDefinition definition) {
    return EndpointDto.of(endpoints.update(id, definition), true);
  }

  private boolean admin() {
    return security.isUserInRole(Roles.ADMIN);
  }
}

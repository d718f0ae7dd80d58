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

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
  public List<EndpointDto> list() {
    boolean admin = admin();
    return endpoints.list().stream().map(e -> EndpointDto.of(e, admin)).toList();
  }

  @GET
  @Path("{id: \\d+}")
  @RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
  public EndpointDto get(@PathParam("id") long id) {
    return EndpointDto.of(endpoints.get(id), admin());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public Response create(EndpointDefinition definition) {
    EndpointDto created = EndpointDto.of(endpoints.create(definition), true);
    return Response.created(URI.create("webhooks/" + created.id())).entity(created).build();
  }

  /** Replaces the settings; secrets left empty keep their stored values. */
  @PUT
  @Path("{id: \\d+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public EndpointDto update(@PathParam("id") long id, EndpointDefinition definition) {
    return EndpointDto.of(endpoints.update(id, definition), true);
  }

  private boolean admin() {
    return security.isUserInRole(Roles.ADMIN);
  }
}

package com.passerelle.api;

import com.passerelle.api.TrackingDtos.TodoGroupDto;
import com.passerelle.security.Roles;
import com.passerelle.webhook.AdminTodo;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The admin to-do of webhooks: FAILED messages grouped by endpoint and cause, largest first.
 * Re-sync a group with POST webhooks/messages/resync?endpoint=&http=&error=&group=true.
 */
@Path("/webhooks/todo")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
public class WebhookTodoResource {
  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security;

  @Inject AdminTodo todo;

  @Operation(summary = "The admin to-do: failed messages grouped by endpoint and cause")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  public List<TodoGroupDto> groups() {
    return todo.groups(security.isUserInRole(Roles.ADMIN)).stream().map(TodoGroupDto::of).toList();
  }
}

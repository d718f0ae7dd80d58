package com.passerelle.api;

import com.passerelle.absence.Absence;
import com.passerelle.absence.AbsenceFilter;
import com.passerelle.absence.AbsenceRepository;
import com.passerelle.absence.AbsenceRequest;
import com.passerelle.absence.AbsenceService;
import com.passerelle.api.AbsenceDtos.AbsenceDto;
import com.passerelle.api.AbsenceDtos.AbsencePageDto;
import com.passerelle.api.AbsenceDtos.MessageDto;
import com.passerelle.api.AbsenceDtos.MessagePageDto;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.report.ReportInputs;
import com.passerelle.security.Roles;
import com.passerelle.webhook.AbsenceMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Absences: list (newest first, keyset-paged, filters owner, status, from/to) and read (viewers
 * too); create, approve, cancel and delete (admins). {@code DELETE /absences/{id}} deletes: the
 * absence stays readable with status DELETED (its messages point at it) and the answer is the
 * absence (200). A change its status does not allow is a 409; bad input a 400 naming each field.
 */
@Path("/absences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
public class AbsenceResource {
  @Inject AbsenceService absences;
  @Inject AbsenceRepository repository;
  @Inject AbsenceMessages messages;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  @Operation(summary = "Absences, newest first, keyset-paged and filtered")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  public AbsencePageDto list(
      @Parameter(description = "Only absences of this person (email)") @QueryParam("owner")
          String owner,
      @Parameter(description = "Only items with this status") @QueryParam("status") String status,
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
      @Parameter(description = "Page size (capped by the server)") @QueryParam("size")
          String size) {
    AbsenceFilter filter = AbsenceFilter.of(owner, status, from, to);
    AbsenceRepository.Page page =
        repository.page(
            filter,
            ReportInputs.cursor("before", before),
            size(size, AbsenceRepository.PAGE_SIZE, AbsenceRepository.MAX_PAGE_SIZE));
    Map<String, Object> keep = new LinkedHashMap<>();
    keep.put("owner", filter.ownerId());
    keep.put("status", filter.status() == null ? null : filter.status().name());
    keep.put("from", filter.from());
    keep.put("to", filter.to());
    keep.put("size", page.size());
    return new AbsencePageDto(
        page.rows().stream().map(r -> AbsenceDto.of(r, base())).toList(),
        page.next() == null ? null : link("absences", keep, "before", page.next()));
  }

  @Operation(summary = "One absence")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{id}")
  public AbsenceDto get(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    return dto(absences.get(id));
  }

  @Operation(summary = "Creates an absence (pending); its webhook messages are written with it")
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
  public Response create(AbsenceRequest request) {
    AbsenceDto created = dto(absences.create(request, security.getUserPrincipal().getName()));
    return Response.created(URI.create("absences/" + created.id())).entity(created).build();
  }

  @Operation(summary = "Approves a pending absence")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiApplication.TOO_LARGE)
  @POST
  @Path("{id}/approve")
  @RolesAllowed(Roles.ADMIN)
  public AbsenceDto approve(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    return dto(absences.approve(id));
  }

  @Operation(summary = "Cancels a pending or approved absence")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiApplication.TOO_LARGE)
  @POST
  @Path("{id}/cancel")
  @RolesAllowed(Roles.ADMIN)
  public AbsenceDto cancel(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    return dto(absences.cancel(id));
  }

  @Operation(summary = "Deletes a pending or approved absence (sent to the webhooks as deleted)")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  public AbsenceDto delete(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    return dto(absences.delete(id));
  }

  /** The webhook messages the absence's changes wrote, oldest first; {@code next} pages on. */
  @Operation(summary = "The webhook messages the absence's changes wrote, oldest first")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{id}/messages")
  public MessagePageDto messages(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id") long id,
      @Parameter(
              description =
                  "Keyset cursor: the page after this position (from the previous page's link)")
          @QueryParam("after")
          String after,
      @Parameter(description = "Page size (capped by the server)") @QueryParam("size")
          String size) {
    absences.get(id);
    AbsenceMessages.Page page =
        messages.of(
            id,
            ReportInputs.cursor("after", after),
            size(size, AbsenceMessages.PAGE_SIZE, AbsenceMessages.MAX_PAGE_SIZE));
    Map<String, Object> keep = new LinkedHashMap<>();
    keep.put("size", page.size());
    return new MessagePageDto(
        page.messages().stream().map(MessageDto::of).toList(),
        page.next() == null
            ? null
            : link("absences/" + id + "/messages", keep, "after", page.next()));
  }

  private AbsenceDto dto(Absence absence) {
    return AbsenceDto.of(repository.row(absence), base());
  }

  private String base() {
    return uriInfo.getBaseUri().getRawPath();
  }

  static int size(String text, int fallback, int max) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    int size = text.trim().matches("\\d{1,4}") ? Integer.parseInt(text.trim()) : 0;
    if (size < 1 || size > max) {
      throw new InvalidRequestException("size must be between 1 and " + max + ": " + text);
    }
    return size;
  }

  /** A path from the server root with the given parameters (nulls left out) and a cursor. */
  private String link(String path, Map<String, Object> params, String cursor, Object value) {
    StringBuilder q = new StringBuilder();
    params.forEach(
        (k, v) -> {
          if (v != null) {
            q.append(q.isEmpty() ? "" : "&").append(k).append('=');
            q.append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
          }
        });
    q.append(q.isEmpty() ? "" : "&").append(cursor).append('=').append(value);
    return base() + path + "?" + q;
  }
}

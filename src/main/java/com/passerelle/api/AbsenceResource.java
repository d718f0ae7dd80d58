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

  @GET
  public AbsencePageDto list(
      @QueryParam("owner") String owner,
      @QueryParam("status") String status,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("before") String before,
      @QueryParam("size") String size) {
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

  @GET
  @Path("{id}")
  public AbsenceDto get(@PathParam("id") long id) {
    return dto(absences.get(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public Response create(AbsenceRequest request) {
    AbsenceDto created = dto(absences.create(request, security.getUserPrincipal().getName()));
    return Response.created(URI.create("absences/" + created.id())).entity(created).build();
  }

  @POST
  @Path("{id}/approve")
  @RolesAllowed(Roles.ADMIN)
  public AbsenceDto approve(@PathParam("id") long id) {
    return dto(absences.approve(id));
  }

  @POST
  @Path("{id}/cancel")
  @RolesAllowed(Roles.ADMIN)
  public AbsenceDto cancel(@PathParam("id") long id) {
    return dto(absences.cancel(id));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  public AbsenceDto delete(@PathParam("id") long id) {
    return dto(absences.delete(id));
  }

  /** The webhook messages the absence's changes wrote, oldest first; {@code next} pages on. */
  @GET
  @Path("{id}/messages")
  public MessagePageDto messages(
      @PathParam("id") long id,
      @QueryParam("after") String after,
      @QueryParam("size") String size) {
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

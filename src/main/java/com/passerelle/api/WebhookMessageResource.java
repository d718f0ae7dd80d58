package com.passerelle.api;

import com.passerelle.api.TrackingDtos.AttemptDto;
import com.passerelle.api.TrackingDtos.CauseDto;
import com.passerelle.api.TrackingDtos.MessageDetailDto;
import com.passerelle.api.TrackingDtos.MessageDto;
import com.passerelle.api.TrackingDtos.MessagePageDto;
import com.passerelle.api.TrackingDtos.ResyncDto;
import com.passerelle.catalog.RequestError;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.security.Roles;
import com.passerelle.webhook.FailureCause;
import com.passerelle.webhook.MarkProcessed;
import com.passerelle.webhook.MessageCursor;
import com.passerelle.webhook.MessageFilter;
import com.passerelle.webhook.MessagePage;
import com.passerelle.webhook.MessageQueries;
import com.passerelle.webhook.MessageStatus;
import com.passerelle.webhook.Resync;
import com.passerelle.webhook.SentHeaders;
import com.passerelle.webhook.WebhookEndpoint;
import com.passerelle.webhook.WebhookMessage;
import com.passerelle.webhook.WebhookUrls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The tracking page's twin: messages with the same filters (status, event, person, endpoint,
 * from/to, absence; keyset-paged by id, newest first), one message with its headers (authorization
 * masked) and attempts, and the admin's fixes: re-sync one or the failed ones of an endpoint over a
 * period (or of one cause), mark as processed.
 */
@Path("/webhooks/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REPORT_VIEWER})
public class WebhookMessageResource {
  @Inject MessageQueries queries;
  @Inject Resync resync;
  @Inject MarkProcessed processed;
  @Context UriInfo uriInfo;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @Operation(summary = "Outbound webhook messages, newest first, keyset-paged and filtered")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @GET
  public MessagePageDto list(
      @Parameter(description = "Only items with this status") @QueryParam("status") String status,
      @Parameter(description = "Only this event type") @QueryParam("event") String event,
      @Parameter(description = "The person (email, id or name beginning)") @QueryParam("person")
          String person,
      @Parameter(description = "Only this webhook endpoint (its id)") @QueryParam("endpoint")
          String endpoint,
      @Parameter(description = "First day of the period (YYYY-MM-DD, UTC)") @QueryParam("from")
          String from,
      @Parameter(description = "Last day of the period (YYYY-MM-DD, UTC), included")
          @QueryParam("to")
          String to,
      @Parameter(description = "Only messages of this absence (its id)") @QueryParam("absence")
          String absence,
      @Parameter(
              description =
                  "Keyset cursor: the page after this position (from the previous page's link)")
          @QueryParam("after")
          String after,
      @Parameter(
              description =
                  "Keyset cursor: the page before this position (from the previous page's link)")
          @QueryParam("before")
          String before,
      @Parameter(description = "Page size (capped by the server)")
          @QueryParam("size")
          @DefaultValue("50")
          int size) {
    MessageFilter filter = MessageFilter.of(status, event, person, endpoint, from, to, absence);
    MessagePage page = queries.page(filter, MessageCursor.of(after, before), size);
    Map<String, String> params = new LinkedHashMap<>();
    params.put("status", status);
    params.put("event", event);
    params.put("person", person);
    params.put("endpoint", endpoint);
    params.put("from", from);
    params.put("to", to);
    params.put("absence", absence);
    params.put("size", String.valueOf(size));
    return new MessagePageDto(
        page.items().stream().map(MessageDto::of).toList(),
        page.next() == null ? null : link(params, "after", page.next()),
        page.previous() == null ? null : link(params, "before", page.previous()),
        page.tooManyPeople());
  }

  @Operation(summary = "One message with its attempts and its failure's explanation")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @GET
  @Path("{id}")
  public MessageDetailDto get(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    WebhookMessage m = queries.message(id);
    WebhookEndpoint endpoint = queries.endpoints().get(m.getEndpointId());
    String url =
        endpoint == null
            ? null
            : WebhookUrls.shownTo(security.isUserInRole(Roles.ADMIN), endpoint.getUrl());
    return new MessageDetailDto(
        MessageDto.of(m),
        url,
        SentHeaders.of(m, endpoint),
        TrackingDtos.payload(m.getPayload()),
        queries.attempts(id).stream().map(a -> AttemptDto.of(a, url)).toList(),
        m.getStatus() == MessageStatus.FAILED
            ? CauseDto.of(FailureCause.of(m).explain(url))
            : null);
  }

  /**
   * Sends a failed message (or one waiting for a retry) again now; 409 when settled or in flight.
   */
  @Operation(summary = "Sends a failed message (or one waiting for a retry) again now")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiApplication.TOO_LARGE)
  @POST
  @Path("{id}/resync")
  @RolesAllowed(Roles.ADMIN)
  public MessageDto resync(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id")
          long id) {
    return MessageDto.of(resync.one(id));
  }

  /** Marks a failed or waiting message as processed; body {"note": "..."} (optional). */
  @Operation(summary = "Marks a failed or waiting message as processed")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiApplication.TOO_LARGE)
  @POST
  @Path("{id}/processed")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @RolesAllowed(Roles.ADMIN)
  public MessageDto markProcessed(
      @Parameter(description = "The id of the resource named by the path") @PathParam("id") long id,
      @RequestBody(
              description = "Optional: {\"note\": \"...\"} (no body, or an empty one, is no note)",
              required = false,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema =
                          @Schema(
                              type = SchemaType.OBJECT,
                              properties =
                                  @SchemaProperty(
                                      name = "note",
                                      type = SchemaType.STRING,
                                      maxLength = MarkProcessed.MAX_NOTE,
                                      nullable = true))))
          InputStream body)
      throws IOException {
    // Read here, at most MAX_BODY_BYTES: a POST without a body (or a Content-Type) is refused as
    // 415 when the parameter is a JsonValue, and a String would take a text/csv body of any size
    // (security.FormBody bounds JSON bodies only).
    return MessageDto.of(
        processed.mark(
            id, security.getUserPrincipal().getName(), note(parse(headers.getMediaType(), body))));
  }

  /** A note of MarkProcessed.MAX_NOTE characters, each escaped, is some 12 KB of JSON. */
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private static JsonValue parse(MediaType type, InputStream in) throws IOException {
    byte[] bytes = in == null ? new byte[0] : in.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      throw new WebApplicationException(
          Problem.response(413, RequestError.REQUEST_TOO_LARGE, Map.of("limit", "64 KiB")));
    }
    String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    Charset decoding;
    try {
      decoding = charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
    } catch (IllegalArgumentException unknown) {
      throw new NotSupportedException(); // 415: a charset this server cannot read
    }
    String body = new String(bytes, decoding);
    if (body.isBlank()) {
      return null;
    }
    if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      throw new NotSupportedException();
    }
    try (JsonParser parser = Json.createParser(new StringReader(body))) {
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw new JsonException("content after the JSON value");
      }
      return value;
    } catch (JsonException | java.util.NoSuchElementException | IllegalStateException e) {
      throw new InvalidRequestException("The body must be a JSON object: {\"note\": \"...\"}");
    }
  }

  /**
   * Re-syncs the FAILED messages of an endpoint created over a period (from/to, UTC days), at most
   * {@value Resync#BULK_MAX} per call; with {@code http} and/or {@code error}, only those of that
   * cause (a to-do group; {@code group=true} makes an absent one mean "none").
   */
  @Operation(
      summary =
          "Re-syncs the FAILED messages of an endpoint created over a period (from/to, UTC days), at most {@value Resync#BULK_MAX} per call")
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", ref = ApiApplication.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiApplication.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiApplication.TOO_LARGE)
  @POST
  @Path("resync")
  @RolesAllowed(Roles.ADMIN)
  public ResyncDto resyncFailed(
      @Parameter(description = "Only this webhook endpoint (its id)") @QueryParam("endpoint")
          String endpoint,
      @Parameter(description = "First day of the period (YYYY-MM-DD, UTC)") @QueryParam("from")
          String from,
      @Parameter(description = "Last day of the period (YYYY-MM-DD, UTC), included")
          @QueryParam("to")
          String to,
      @Parameter(description = "HTTP status of the group's cause") @QueryParam("http") String http,
      @Parameter(description = "Failure code of the group (Passerelle code), with http")
          @QueryParam("error")
          String error,
      @Parameter(description = "Group of the admin to-do (endpoint and cause)") @QueryParam("group")
          String group) {
    MessageFilter filter = MessageFilter.of(null, null, null, endpoint, from, to, null);
    FailureCause cause = null;
    if ("true".equalsIgnoreCase(group) || http != null || error != null) {
      Integer status;
      try {
        status = http == null || http.isBlank() ? null : Integer.valueOf(http.strip());
      } catch (NumberFormatException e) {
        throw new InvalidRequestException("http must be an HTTP status, not \"" + http + "\"");
      }
      cause = new FailureCause(status, error == null || error.isBlank() ? null : error.strip());
    }
    Resync.Outcome done = resync.failedOf(filter, cause);
    return new ResyncDto(done.resynced(), done.more());
  }

  private static String note(JsonValue body) {
    if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(body instanceof JsonObject o)) {
      throw new InvalidRequestException("The body must be a JSON object: {\"note\": \"...\"}");
    }
    JsonValue note = o.get("note");
    if (note == null || note.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(note instanceof JsonString s)) {
      throw new InvalidRequestException("note must be a text");
    }
    return s.getString();
  }

  private String link(Map<String, String> params, String cursor, long id) {
    StringBuilder q = new StringBuilder();
    params.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            q.append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&');
          }
        });
    q.append(cursor).append('=').append(id);
    return uriInfo.getBaseUri().getRawPath() + "webhooks/messages?" + q;
  }
}

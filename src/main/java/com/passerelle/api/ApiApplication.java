package com.passerelle.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON REST API, version 1; described at /openapi (and /openapi/ui) from its annotations. The
 * Problem JSON answers are declared once here and referred to by each operation ({@code ref =
 * ApiApplication.NOT_FOUND}, ...).
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Passerelle API",
            version = "v1",
            description =
                "Flows, runs, reports, absences, webhooks and monitoring of Passerelle. Every"
                    + " operation needs an account (HTTP Basic, or a logged-in browser session);"
                    + " changes need the admin role. Errors are Problem JSON (RFC 9457) with the"
                    + " catalog's cause and action."),
    security = @SecurityRequirement(name = "basic"),
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = "BadRequest",
                  responseCode = "400",
                  description = "Invalid input: the problem's detail says which value and why",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "Unauthorized",
                  responseCode = "401",
                  description = "No account or wrong credentials (HTTP Basic or a session)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "Forbidden",
                  responseCode = "403",
                  description = "The account's role does not allow this (changes need admin)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "NotFound",
                  responseCode = "404",
                  description = "No such resource (the problem names which)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "Conflict",
                  responseCode = "409",
                  description =
                      "The resource's state does not allow this now (e.g. a run in progress)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "TooLarge",
                  responseCode = "413",
                  description = "The request body is larger than this operation accepts",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class)))
            }))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
  static final String BAD_REQUEST = "#/components/responses/BadRequest";
  static final String UNAUTHORIZED = "#/components/responses/Unauthorized";
  static final String FORBIDDEN = "#/components/responses/Forbidden";
  static final String NOT_FOUND = "#/components/responses/NotFound";
  static final String CONFLICT = "#/components/responses/Conflict";
  static final String TOO_LARGE = "#/components/responses/TooLarge";
}

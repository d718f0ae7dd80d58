package com.passerelle.catalog;

/** A catalog entry rendered with its parameters: what pages and the API show. */
public record ExplainedMessage(
    String code, Severity severity, String category, String title, String cause, String action) {}

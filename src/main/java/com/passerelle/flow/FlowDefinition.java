package com.passerelle.flow;

import java.util.List;
import java.util.Map;

/**
 * What an admin gives to create a flow (API body and form). Field names are the person field keys
 * (first_name, email, ...); mapping values are source column names.
 */
public record FlowDefinition(
    String name,
    String description,
    String delimiter,
    String dateFormat,
    Map<String, String> mapping,
    List<String> requiredFields,
    String filterField,
    String filterValues,
    Boolean active) {}

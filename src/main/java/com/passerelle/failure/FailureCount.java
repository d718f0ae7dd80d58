package com.passerelle.failure;

import com.passerelle.catalog.IntegrationType;

/** How many failures of one code an integration type had. */
public record FailureCount(IntegrationType integrationType, String errorCode, long count) {}

package com.passerelle.flow;

import com.passerelle.catalog.IntegrationType;

/** Where a flow reads its records from. SFTP and HRIS API arrive with the inbound issue. */
public enum SourceType {
  FOLDER(IntegrationType.INBOUND_FILE),
  SFTP(IntegrationType.INBOUND_FILE),
  HRIS_API(IntegrationType.INBOUND_HRIS_API);

  private final IntegrationType integrationType;

  SourceType(IntegrationType integrationType) {
    this.integrationType = integrationType;
  }

  public IntegrationType integrationType() {
    return integrationType;
  }
}

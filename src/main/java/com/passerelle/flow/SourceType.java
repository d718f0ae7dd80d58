package com.passerelle.flow;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.source.hris.HrisStagingFile;
import java.util.Set;

/** Where a flow reads its records from: the drop zone, files on SFTP, or an HRIS API. */
public enum SourceType {
  FOLDER(IntegrationType.INBOUND_FILE, "Drop zone (files dropped or uploaded)"),
  SFTP(IntegrationType.INBOUND_FILE, "SFTP server (flat files)"),
  HRIS_API(IntegrationType.INBOUND_HRIS_API, "HRIS API");

  private final IntegrationType integrationType;
  private final String label;

  SourceType(IntegrationType integrationType, String label) {
    this.integrationType = integrationType;
    this.label = label;
  }

  public String label() {
    return label;
  }

  public IntegrationType integrationType() {
    return integrationType;
  }

  /** The columns every record of this source has, or empty when the file's header decides. */
  public Set<String> knownColumns() {
    return this == HRIS_API ? Set.copyOf(HrisStagingFile.COLUMNS) : Set.of();
  }
}

package com.passerelle.run;

/**
 * Where a run's file came from, which decides where it goes when the run read nothing of it: a
 * dropped file waits again for the next run; a refused upload or a local copy of a remote source is
 * deleted (nobody dropped it; the remote source still has it).
 */
public enum SourceOrigin {
  DROP_ZONE,
  UPLOAD,
  /** A copy of a file of the flow's SFTP server; the original moves when the run ends. */
  SFTP,
  /** The employees an HRIS API gave, staged as CSV. */
  HRIS_API
}

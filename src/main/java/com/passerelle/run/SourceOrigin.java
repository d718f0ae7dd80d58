package com.passerelle.run;

/**
 * Where a run's file came from, which decides where it goes when the run read nothing of it: a
 * dropped file waits again for the next run, a refused upload is deleted (nobody dropped it).
 */
public enum SourceOrigin {
  DROP_ZONE,
  UPLOAD
}

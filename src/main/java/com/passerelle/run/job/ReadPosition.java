package com.passerelle.run.job;

import java.io.Serializable;

/** The reader's checkpoint: where in the file the next record starts. */
public record ReadPosition(long offset, int lineNumber) implements Serializable {}

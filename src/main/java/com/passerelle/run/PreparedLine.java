package com.passerelle.run;

import com.passerelle.db.EncodedValues;

/**
 * An evaluated record with its line, made on the import's reading thread so the chunk thread only
 * matches and writes: with an encoder (where rows go as LOAD DATA text), the line's row is mostly
 * encoded already.
 */
public record PreparedLine(EvaluatedLine evaluated, Line line) {
  public static PreparedLine of(
      long runId, EvaluatedLine evaluated, EncodedValues.Encoder encoderOrNull) {
    Line line = Line.of(runId, evaluated);
    if (encoderOrNull != null) {
      line.encodeFixedValues(encoderOrNull);
    }
    return new PreparedLine(evaluated, line);
  }
}

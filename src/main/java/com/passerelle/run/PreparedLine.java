package com.passerelle.run;

/**
 * An evaluated record with its line, made on the import's reading thread so the chunk thread only
 * matches and writes: with {@code encode}, the line's row is mostly encoded already.
 */
public record PreparedLine(EvaluatedLine evaluated, Line line) {
  public static PreparedLine of(long runId, EvaluatedLine evaluated, boolean encode) {
    Line line = Line.of(runId, evaluated);
    if (encode) {
      line.encodeFixedValues();
    }
    return new PreparedLine(evaluated, line);
  }
}

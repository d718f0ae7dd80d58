package com.passerelle.run.job;

import com.passerelle.run.LineEvaluator;
import com.passerelle.source.csv.CsvRecord;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Maps and validates one record with the evaluator the reader built from the header. */
@Named("lineEvaluationProcessor")
@Dependent
public class LineEvaluationProcessor implements ItemProcessor {
  @Inject StepContext step;

  @Override
  public Object processItem(Object item) {
    return ((LineEvaluator) step.getTransientUserData()).evaluate((CsvRecord) item);
  }
}

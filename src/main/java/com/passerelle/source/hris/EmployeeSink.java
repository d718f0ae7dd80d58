package com.passerelle.source.hris;

import java.io.IOException;

/**
 * Where a read hands its employees, one at a time, so that no read holds a whole population: in the
 * product a {@link HrisStagingFile}, in tests a list.
 */
@FunctionalInterface
public interface EmployeeSink {
  void accept(HrisEmployee employee) throws IOException;
}

package com.passerelle.source.hris;

import java.util.List;

/** One page of the employee list, checked against the contract, not yet handed to the sink. */
record HrisPage(String next, List<HrisEmployee> employees) {
  HrisPage {
    employees = List.copyOf(employees);
  }
}

package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.flow.PersonField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stakeholders of a line (its manager and HR emails, seed 000) must be people of the directory,
 * or people this chunk creates, and must have arrived: "{stakeholder} not found", "actor
 * {stakeholder} is not yet arrived". One lookup per chunk; a person cannot be their own
 * stakeholder. Two people naming each other (A manages B manages A) both resolve: nothing loops.
 */
final class Stakeholders {
  private static final Map<PersonField, String> ROLES =
      Map.of(PersonField.MANAGER_EMAIL, "manager", PersonField.HR_EMAIL, "hr");

  private Stakeholders() {}

  /** The stakeholder emails the chunk's importable lines name. */
  static Set<String> named(List<PreparedLine> chunk) {
    Set<String> emails = new HashSet<>();
    for (PreparedLine p : chunk) {
      if (importable(p)) {
        for (PersonField field : ROLES.keySet()) {
          String email = p.evaluated().value(field);
          if (email != null) {
            emails.add(email);
          }
        }
      }
    }
    return emails;
  }

  /**
   * Fails the lines whose stakeholders are missing, themselves, or not yet arrived; returns their
   * line numbers (they create no person).
   */
  static Set<Integer> check(
      List<PreparedLine> chunk, Map<String, Optional<LocalDate>> directory, LocalDate today) {
    // People this chunk creates count as known, until their own line is refused: then the lines
    // naming them are checked again (a chain A -> B -> nobody refuses both), until nothing moves.
    Map<String, Optional<LocalDate>> known = new HashMap<>(directory);
    for (PreparedLine p : chunk) {
      String email = p.evaluated().value(PersonField.EMAIL);
      if (importable(p) && email != null) {
        String start = p.evaluated().value(PersonField.START_DATE);
        known.putIfAbsent(email, Optional.ofNullable(start).map(LocalDate::parse));
      }
    }
    Set<Integer> failed = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (PreparedLine p : chunk) {
        if (!importable(p) || failed.contains(p.line().getLineNumber())) {
          continue;
        }
        for (Map.Entry<PersonField, String> role : ROLES.entrySet()) {
          LineMessage problem = problem(p, role.getKey(), role.getValue(), known, today);
          if (problem != null && !failed.contains(p.line().getLineNumber())) {
            p.line().setStatus(LineStatus.FAILURE);
            p.line().getMessages().add(0, problem);
            failed.add(p.line().getLineNumber());
            String email = p.evaluated().value(PersonField.EMAIL);
            if (email != null && !directory.containsKey(email) && known.remove(email) != null) {
              changed = true; // someone may have named this person: check again
            }
          }
        }
      }
    }
    return failed;
  }

  private static LineMessage problem(
      PreparedLine p,
      PersonField field,
      String role,
      Map<String, Optional<LocalDate>> known,
      LocalDate today) {
    String email = p.evaluated().value(field);
    if (email == null) {
      return null;
    }
    Map<String, String> params = Params.of("stakeholder", role, "email", email);
    if (email.equals(p.evaluated().value(PersonField.EMAIL))) {
      return new LineMessage(ErrorCode.STAKEHOLDER_IS_SELF, params);
    }
    Optional<LocalDate> start = known.get(email);
    if (start == null) {
      return new LineMessage(ErrorCode.STAKEHOLDER_NOT_FOUND, params);
    }
    if (start.isPresent() && start.get().isAfter(today)) {
      return new LineMessage(
          ErrorCode.STAKEHOLDER_NOT_ARRIVED,
          Params.of("stakeholder", role, "email", email, "start", start.get().toString()));
    }
    return null;
  }

  private static boolean importable(PreparedLine p) {
    LineStatus s = p.evaluated().status();
    return s == LineStatus.SUCCESS || s == LineStatus.PARTIAL_SUCCESS;
  }
}

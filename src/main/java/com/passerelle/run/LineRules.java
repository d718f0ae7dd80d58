package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.flow.FlowRules;
import com.passerelle.flow.LineRulesEditor;
import com.passerelle.flow.PersonField;
import com.passerelle.people.EmailDomainCheck;
import com.passerelle.people.Emails;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules an admin sets on a flow (seed 000's line errors): allowed values per field, the email
 * domains the flow accepts, that the email's domain exists (DNS, when the server checks it), the
 * oldest start date. They read values already checked for format (emails normalized, dates in ISO),
 * and cost a set lookup each.
 */
final class LineRules {
  /** How many allowed values a message names (a list can hold thousands). */
  private static final int NAMED = 10;

  private LineRules() {}

  static void check(
      FlowRules rules,
      EmailDomainCheck domains,
      Map<PersonField, String> values,
      List<LineMessage> messages) {
    rules
        .allowedValues()
        .forEach(
            (field, allowed) -> {
              String value = values.get(field);
              if (value != null && !allowed.contains(LineRulesEditor.comparable(value))) {
                messages.add(
                    new LineMessage(
                        ErrorCode.VALUE_NOT_IN_LIST,
                        Params.of(
                            "field", field.key(), "value", value, "allowed", named(allowed))));
              }
            });
    boolean domainRules = !rules.emailDomains().isEmpty() || domains != null;
    String email = domainRules ? values.get(PersonField.EMAIL) : null;
    if (email != null && !Emails.isValid(email)) {
      email = null; // "Invalid email" said it already: its domain means nothing
    }
    if (!rules.emailDomains().isEmpty() && email != null) {
      String domain = email.substring(email.lastIndexOf('@') + 1);
      if (!rules.emailDomains().contains(LineRulesEditor.asciiDomain(domain))) {
        messages.add(
            new LineMessage(
                ErrorCode.EMAIL_DOMAIN_NOT_MAPPED,
                Params.of("domain", domain, "allowed", named(rules.emailDomains()))));
      }
    }
    if (domains != null && email != null) {
      String domain = email.substring(email.lastIndexOf('@') + 1);
      switch (domains.check(domain)) {
        case INVALID ->
            messages.add(new LineMessage(ErrorCode.DOMAIN_NOT_VALID, Params.of("domain", domain)));
        case UNKNOWN ->
            messages.add(
                new LineMessage(ErrorCode.DOMAIN_NOT_CHECKED, Params.of("domain", domain)));
        case VALID -> {}
      }
    }
    startDate(rules, values.get(PersonField.START_DATE), messages);
  }

  private static void startDate(FlowRules rules, String iso, List<LineMessage> messages) {
    if (rules.oldestStartDate() == null || iso == null) {
      return;
    }
    try {
      if (LocalDate.parse(iso).isBefore(rules.oldestStartDate())) {
        messages.add(
            new LineMessage(
                ErrorCode.START_DATE_TOO_OLD,
                Params.of("value", iso, "oldest", rules.oldestStartDate().toString())));
      }
    } catch (DateTimeParseException e) {
      // not a date: the format check already said so
    }
  }

  private static String named(Set<String> allowed) {
    String first = allowed.stream().sorted().limit(NAMED).collect(Collectors.joining(", "));
    return allowed.size() <= NAMED ? first : first + " and " + (allowed.size() - NAMED) + " more";
  }
}

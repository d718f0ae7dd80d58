package com.passerelle.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The fake HRIS's answers written as the unified API writes them: the {@code status}/{@code data}
 * and {@code status}/{@code error} envelopes, employees with their nested employments, custom
 * fields and address (which a client must step over), instants with milliseconds in UTC.
 */
final class FakeHrisJson {
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private FakeHrisJson() {}

  static String page(List<FakeEmployee> people, List<Instant> changedAt, String next) {
    StringBuilder out = new StringBuilder(256 + people.size() * 1400);
    out.append("{\"status\":\"success\",\"data\":{\"next\":");
    string(out, next);
    out.append(",\"results\":[");
    for (int i = 0; i < people.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      employee(out, people.get(i), changedAt.get(i));
    }
    return out.append("]}}").toString();
  }

  static String error(String message) {
    StringBuilder out = new StringBuilder("{\"status\":\"error\",\"error\":{\"message\":");
    string(out, message);
    return out.append("}}").toString();
  }

  static String instant(Instant instant) {
    return instant == null ? null : INSTANT.format(instant);
  }

  private static void employee(StringBuilder out, FakeEmployee e, Instant changedAt) {
    out.append('{');
    field(out, "id", e.id()).append(',');
    field(out, "remote_id", e.remoteId()).append(',');
    field(out, "employee_number", e.employeeNumber()).append(',');
    field(out, "first_name", e.firstName()).append(',');
    field(out, "last_name", e.lastName()).append(',');
    field(out, "nationality", e.nationality()).append(',');
    field(out, "display_full_name", e.displayFullName()).append(',');
    field(out, "job_title", e.jobTitle()).append(',');
    field(out, "work_email", e.workEmail()).append(',');
    field(out, "personal_email", e.personalEmail()).append(',');
    field(out, "mobile_phone_number", null).append(',');
    field(out, "ssn", null).append(',');
    field(out, "tax_id", null).append(',');
    field(out, "gender", e.gender()).append(',');
    field(out, "ethnicity", null).append(',');
    field(out, "marital_status", null).append(',');
    field(out, "employment_status", e.employmentStatus()).append(',');
    field(out, "weekly_hours", null).append(',');
    field(out, "avatar", null).append(',');
    field(out, "work_location_id", e.workLocationId()).append(',');
    field(out, "legal_entity_id", e.legalEntityId()).append(',');
    field(out, "manager_id", e.managerId()).append(',');
    out.append("\"home_address\":{\"city\":\"Lyon\",\"country\":\"FR\",\"zip_code\":\"69002\"},");
    field(out, "date_of_birth", e.dateOfBirth()).append(',');
    field(out, "start_date", e.startDate()).append(',');
    field(out, "termination_date", e.terminationDate()).append(',');
    field(out, "remote_created_at", instant(e.remoteCreatedAt())).append(',');
    field(out, "changed_at", instant(changedAt)).append(',');
    field(out, "remote_deleted_at", instant(e.remoteDeletedAt())).append(',');
    out.append("\"custom_fields\":{\"cost_center\":");
    string(out, e.costCenter());
    out.append(",\"remote_only\":true,\"badges\":[1,2,{\"x\":null}]},");
    out.append("\"integration_fields\":[],");
    out.append("\"employments\":[{\"id\":");
    string(out, e.id().substring(0, 12) + "EMPL" + e.id().substring(16));
    out.append(",\"employee_id\":");
    string(out, e.id());
    out.append(",\"job_title\":");
    string(out, e.jobTitle());
    out.append(",\"pay_rate\":").append(e.payRate());
    out.append(",\"pay_period\":\"MONTH\",\"pay_frequency\":\"MONTHLY\",\"employment_type\":");
    string(out, e.employmentType());
    out.append(",\"pay_currency\":\"EUR\",\"effective_date\":");
    string(out, e.startDate());
    out.append("}]}");
  }

  private static StringBuilder field(StringBuilder out, String name, String value) {
    out.append('"').append(name).append("\":");
    string(out, value);
    return out;
  }

  /** A JSON string (or null), escaped as RFC 8259 requires; other characters stay as they are. */
  static void string(StringBuilder out, String value) {
    if (value == null) {
      out.append("null");
      return;
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

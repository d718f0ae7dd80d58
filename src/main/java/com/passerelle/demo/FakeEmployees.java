package com.passerelle.demo;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fake HRIS's population, the same for the same size on every start: names from many countries
 * (accents included), unique work emails {@code first.last<n>@demo-hris.example.com}, a management
 * tree, some people on leave, gone or about to start, and one in a hundred deleted.
 */
final class FakeEmployees {
  private static final String[] FIRST = {
    "Claire", "Lucas", "Zoë", "Mateo", "Aïcha", "Jürgen", "Sofia", "Noah", "Chloé", "Liam", "Inès",
    "Emil", "Ana", "Hugo", "Freya", "Björn", "Elena", "Yusuf", "Maëlle", "Tomás", "Priya", "Kenji",
    "Olivia", "Rafael", "Agnès", "Felix", "Nora", "Søren", "Léa", "Marco", "Amélie", "Jonas",
    "Lucía", "Omar", "Ingrid", "Théo", "Hana", "Pavel", "Camille", "Diego"
  };
  private static final String[] LAST = {
    "Moreau",
    "Müller",
    "García",
    "Rossi",
    "Nguyen",
    "O'Brien",
    "Dubois",
    "Kowalski",
    "Öztürk",
    "Jensen",
    "Fernández",
    "Lefèvre",
    "Schmidt",
    "Novák",
    "Silva",
    "Andersson",
    "Bianchi",
    "Martin",
    "Yılmaz",
    "Van der Berg",
    "Costa",
    "Weiß",
    "Laurent",
    "Popescu",
    "Nakamura",
    "Sánchez",
    "Fischer",
    "Lambert",
    "Horváth",
    "Bernard",
    "Gómez",
    "Petit",
    "Kaya",
    "Dupont",
    "Nielsen",
    "Ferrari",
    "Lopez",
    "Wagner",
    "Roux",
    "Haddad"
  };
  private static final String[] NATIONALITY = {"FR", "DE", "ES", "IT", "PT", "NL", "PL", "SE"};
  private static final String[] TITLE = {
    "Software Engineer",
    "Account Executive",
    "Accountant",
    "HR Business Partner",
    "Product Manager",
    "Support Specialist",
    "Data Analyst",
    "Marketing Manager",
    "Designer",
    "Office Manager",
    "Sales Manager, DACH",
    "Engineering Manager"
  };
  private static final String[] TYPE = {
    "FULL_TIME",
    "FULL_TIME",
    "FULL_TIME",
    "FULL_TIME",
    "FULL_TIME",
    "FULL_TIME",
    "PART_TIME",
    "PART_TIME",
    "CONTRACT",
    "INTERNSHIP",
    "WORKING_STUDENT",
    "APPRENTICESHIP",
    "FREELANCE"
  };
  private static final String[] LOCATIONS = {
    "8pAwYoFVHK3ZmuFMfQvRwVdB", "2ngR5rVdTV6c5DbkKAqiMDJL", "Fj5NZT6Xq5ZHoUSDoGqbWK6e"
  };
  private static final String[] ENTITIES = {"4tXkPdwdBUEQ93DcNGhdUwgf", "Gw5qFHcnzzCw3DKbBvqoyR2J"};
  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private FakeEmployees() {}

  /** {@code count} people; dates are placed relative to {@code now}, all in its past year(s). */
  static List<FakeEmployee> generate(int count, Instant now) {
    List<FakeEmployee> people = new ArrayList<>(count);
    List<String> ids = new ArrayList<>(count);
    LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
    for (int i = 0; i < count; i++) {
      ids.add(id(i));
      String first = FIRST[i % FIRST.length];
      String last = LAST[(i / FIRST.length + i * 7) % LAST.length];
      int n = i + 1;
      String status = status(i);
      LocalDate start =
          status.equals("PENDING")
              ? today.plusDays(7 + i % 60)
              : today.minusDays(90 + mix(i, 1) % 3650);
      people.add(
          new FakeEmployee(
              i,
              ids.get(i),
              String.valueOf(10_000 + i),
              String.format(Locale.ROOT, "E%05d", n),
              first,
              last,
              ascii(first) + "." + ascii(last) + n + "@demo-hris.example.com",
              i % 3 == 0 ? null : ascii(first) + "." + ascii(last) + n + "@mail.example",
              i % 11 == 5 ? null : NATIONALITY[(int) (mix(i, 2) % NATIONALITY.length)],
              i % 2 == 0 ? "FEMALE" : "MALE",
              dateTime(today.minusYears(22 + mix(i, 3) % 40).minusDays(mix(i, 4) % 365)),
              TITLE[(int) (mix(i, 5) % TITLE.length)],
              status,
              i % 29 == 13 ? null : TYPE[(int) (mix(i, 6) % TYPE.length)],
              dateTime(start),
              status.equals("INACTIVE") ? dateTime(today.minusDays(1 + i % 300)) : null,
              i == 0 ? null : ids.get((i - 1) / 8),
              LOCATIONS[i % LOCATIONS.length],
              ENTITIES[i % ENTITIES.length],
              "CC-" + (100 + i % 17),
              2500 + mix(i, 7) % 6000 + (i % 4) * 0.25,
              start.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC),
              i % 100 == 99 ? now.minus(Duration.ofDays(1 + i % 90)) : null));
    }
    return people;
  }

  /** When each person last changed: spread over the past two years, at least an hour ago. */
  static Instant initialChangedAt(int index, Instant now) {
    return now.minus(Duration.ofHours(1)).minusSeconds(mix(index, 8) % (2L * 365 * 24 * 3600));
  }

  private static String status(int i) {
    if (i % 40 == 3) {
      return "INACTIVE";
    }
    if (i % 50 == 7) {
      return "LEAVE";
    }
    if (i % 60 == 11) {
      return "PENDING";
    }
    return "ACTIVE";
  }

  /** A unique 24-character id in the unified API's style: a bijection of the index, in base 58. */
  private static String id(int index) {
    long a = mix64(index, 0);
    long b = mix64(index, 9);
    StringBuilder id = new StringBuilder(24);
    for (long v : new long[] {a, b}) {
      long u = v;
      for (int k = 0; k < 12; k++) {
        id.append(BASE58.charAt((int) Long.remainderUnsigned(u, 58)));
        u = Long.divideUnsigned(u, 58);
      }
    }
    return id.toString();
  }

  /** A well-spread non-negative number for (index, salt). */
  private static long mix(int index, int salt) {
    return mix64(index, salt) >>> 1;
  }

  /** SplitMix64's finalizer: a bijection, so distinct indexes give distinct values. */
  private static long mix64(int index, int salt) {
    long z = index + (long) salt * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static String dateTime(LocalDate date) {
    return date + "T00:00:00.000Z";
  }

  /** "Müller" → "muller", "O'Brien" → "obrien", "Van der Berg" → "vanderberg", "Weiß" → "weiss". */
  static String ascii(String name) {
    String folded = name.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("æ", "ae");
    String plain = Normalizer.normalize(folded, Normalizer.Form.NFD);
    return plain.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }
}

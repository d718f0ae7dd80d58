package com.passerelle.monitor;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.common.InvalidRequestException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The integration types chosen in a URL: {@code types=INBOUND_FILE,OUTBOUND_WEBHOOK}; none = all.
 */
public final class TypeChoice {
  private TypeChoice() {}

  /** Every value may hold several names separated by commas; an unknown name is a 400. */
  public static Set<IntegrationType> parse(List<String> values) {
    Set<IntegrationType> out = EnumSet.noneOf(IntegrationType.class);
    if (values == null) {
      return EnumSet.allOf(IntegrationType.class);
    }
    for (String value : values) {
      for (String name : value.split(",")) {
        if (!name.isBlank()) {
          out.add(one(name.trim()));
        }
      }
    }
    return out.isEmpty() ? EnumSet.allOf(IntegrationType.class) : out;
  }

  public static IntegrationType one(String name) {
    try {
      return IntegrationType.valueOf(name);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidRequestException(
          "Unknown integration type \""
              + name
              + "\": use one of "
              + List.of(IntegrationType.values()));
    }
  }
}

package com.passerelle.run;

import com.passerelle.flow.LineRulesEditor;

/** How the flow stores allowed values and domains, for tests building rules by hand. */
final class LineRulesEditorAccess {
  private LineRulesEditorAccess() {}

  static String comparable(String value) {
    return LineRulesEditor.comparable(value);
  }

  static String ascii(String domain) {
    return LineRulesEditor.asciiDomain(domain);
  }
}

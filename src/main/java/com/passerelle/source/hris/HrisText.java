package com.passerelle.source.hris;

/** Text from the HRIS made safe for a message: one line, no control characters, bounded. */
final class HrisText {
  private HrisText() {}

  static String clip(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    String clean = out.toString().strip();
    return text.length() > max ? clean + "…" : clean;
  }

  /** A byte count as people say it: "16 MB" for 16 MiB, else bytes. */
  static String size(long bytes) {
    if (bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MB";
    }
    if (bytes % 1024 == 0) {
      return (bytes >> 10) + " KB";
    }
    return bytes + " bytes";
  }

  /** A duration as people say it: "30 s", "250 ms". */
  static String duration(java.time.Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
  }
}

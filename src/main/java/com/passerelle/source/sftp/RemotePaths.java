package com.passerelle.source.sftp;

/** Paths on the SFTP server, which always uses '/' whatever the local system. */
final class RemotePaths {
  private RemotePaths() {}

  /** The folder, or "." (the login folder) when it is blank. */
  static String folder(String folder) {
    return folder == null || folder.isBlank() ? "." : folder.strip();
  }

  static String join(String folder, String name) {
    String dir = folder(folder);
    if (dir.equals(".")) {
      return name;
    }
    return dir.endsWith("/") ? dir + name : dir + "/" + name;
  }

  /**
   * The path escaped for JSch, which reads '*', '?' and '\' in most paths as a glob: a file whose
   * name holds one of them must still mean that one file.
   */
  static String quoted(String path) {
    StringBuilder out = new StringBuilder(path.length() + 4);
    for (char c : path.toCharArray()) {
      if (c == '*' || c == '?' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}

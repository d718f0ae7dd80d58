package com.passerelle.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * This server, as it signs the runs it leases: its host and its server folder (Liberty runs in its
 * server's output folder). The same server restarted is the same owner, so its start-up recovery
 * resumes its own runs at once; two servers, on two hosts or in two folders, are two owners.
 */
public final class ServerIdentity {
  public static final String ID = host() + ":" + folder();

  private ServerIdentity() {}

  private static String host() {
    try {
      String name = InetAddress.getLocalHost().getHostName();
      return name.length() > 60 ? name.substring(0, 60) : name;
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }

  /** The server folder's name and a digest of its path (a path can be long). */
  private static String folder() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(dir.toString().getBytes(StandardCharsets.UTF_8));
      String name = dir.getFileName() == null ? "root" : dir.getFileName().toString();
      return (name.length() > 20 ? name.substring(0, 20) : name)
          + ":"
          + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

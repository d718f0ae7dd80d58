package com.passerelle.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This server process, as it signs the runs it leases: host, process id and a random part, so a
 * restarted server is a new owner (its old leases run out like any dead server's).
 */
public final class ServerIdentity {
  public static final String ID = host() + ":" + ProcessHandle.current().pid() + ":" + random();

  private ServerIdentity() {}

  private static String host() {
    try {
      String name = InetAddress.getLocalHost().getHostName();
      return name.length() > 60 ? name.substring(0, 60) : name;
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }

  private static String random() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}

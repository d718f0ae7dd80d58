package com.passerelle.source.sftp;

import static com.passerelle.source.sftp.RemotePaths.join;
import static com.passerelle.source.sftp.RemotePaths.quoted;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpATTRS;
import com.passerelle.source.sftp.SftpException.Reason;
import com.passerelle.source.sftp.SftpFailures.Action;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves an imported file into the archive (or failed) folder. Exports often have the same name
 * every day, so a name already taken gets a numbered suffix instead of failing the run or
 * overwriting yesterday's file, and a missing folder is created rather than blamed on the user.
 */
final class SftpMove {
  // Another client may take the free name between our look and our rename: try again a few times.
  private static final int ATTEMPTS = 3;

  private final SftpConnection connection;
  private final ChannelSftp channel;

  SftpMove(SftpConnection connection, ChannelSftp channel) {
    this.connection = connection;
    this.channel = channel;
  }

  String move(String from, String fileName, String folder) throws SftpException {
    String dir = RemotePaths.folder(folder);
    try {
      createFolder(dir);
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        String to = join(dir, freeName(dir, fileName));
        try {
          channel.rename(quoted(from), quoted(to));
          return to;
        } catch (com.jcraft.jsch.SftpException e) {
          if (connection.statOrNull(from, true) == null) {
            throw new SftpException(
                Reason.FILE_VANISHED, "The file \"" + from + "\" is no longer on the server.", e);
          }
          if (connection.statOrNull(to, true) == null) {
            throw e;
          }
        }
      }
      throw new SftpException(
          Reason.MOVE_FAILED,
          "The file \""
              + from
              + "\" could not be moved to \""
              + dir
              + "\": other files kept"
              + " taking its name.");
    } catch (com.jcraft.jsch.SftpException e) {
      throw connection.failure(e, Action.MOVE, from);
    }
  }

  /** The name itself when free, else the first free "name.N" (one listing, not a stat per N). */
  private String freeName(String dir, String fileName) throws com.jcraft.jsch.SftpException {
    if (connection.statOrNull(join(dir, fileName), true) == null) {
      return fileName;
    }
    Set<String> taken =
        channel.ls(quoted(dir)).stream()
            .map(ChannelSftp.LsEntry::getFilename)
            .collect(Collectors.toSet());
    int n = 1;
    while (taken.contains(fileName + "." + n)) {
      n++;
    }
    return fileName + "." + n;
  }

  /** Creates the folder and its missing parents (mkdir -p). */
  private void createFolder(String dir) throws SftpException, com.jcraft.jsch.SftpException {
    SftpATTRS attrs = connection.statOrNull(dir, false);
    if (attrs != null) {
      if (!attrs.isDir()) {
        throw new SftpException(
            Reason.MOVE_FAILED, "\"" + dir + "\" on the SFTP server is a file, not a folder.");
      }
      return;
    }
    int slash = dir.lastIndexOf('/', dir.endsWith("/") ? dir.length() - 2 : dir.length() - 1);
    if (slash > 0) {
      createFolder(dir.substring(0, slash));
    }
    // mkdir is the one JSch call that takes its path as it is, unquoted.
    channel.mkdir(dir);
  }
}

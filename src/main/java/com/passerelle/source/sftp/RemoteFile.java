package com.passerelle.source.sftp;

import java.time.Instant;

/**
 * A file as listed on the SFTP server. Size and time are kept so a download can tell a file still
 * being written, and a later check can tell the same file from a new one of the same name.
 */
public record RemoteFile(String name, long size, Instant modifiedAt) {}

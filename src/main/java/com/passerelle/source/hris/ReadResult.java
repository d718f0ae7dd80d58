package com.passerelle.source.hris;

import java.time.Duration;
import java.time.Instant;

/**
 * What one complete read of the employees took, for the run's report and for the next read.
 *
 * @param startedAt when the read began: the {@code updated_after} of the next incremental read (a
 *     change made while this read ran is then read again rather than missed)
 * @param firstRecordLatency from the start to the first employee handed to the sink; null when the
 *     read returned no employee
 */
public record ReadResult(
    int pages, long records, Duration firstRecordLatency, Duration elapsed, Instant startedAt) {}

package com.passerelle.report;

import com.passerelle.run.Run;
import com.passerelle.run.RunHistoryFilter;
import com.passerelle.run.RunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The history of every run of every flow, newest first, a page at a time: keyset paging on the run
 * id (older than the last id shown, or newer than the first), so page 1000 costs what page 1 does.
 * The counts shown are the runs' stored counters, never a count over lines.
 */
@ApplicationScoped
public class RunHistory {
  public static final int PAGE_SIZE = 50;

  @Inject RunRepository runs;

  /** A page of runs, and the cursors of the pages around it (null at either end). */
  public record Page(List<Run> runs, Long older, Long newer) {}

  public Page page(RunHistoryFilter filter, Long olderThan, Long newerThan, int size) {
    int safe = Math.max(1, Math.min(500, size));
    boolean up = newerThan != null && olderThan == null;
    List<Run> found =
        new java.util.ArrayList<>(
            runs.history(filter, up ? null : olderThan, up ? newerThan : null, safe + 1));
    boolean more = found.size() > safe;
    if (more) {
      found.remove(up ? 0 : found.size() - 1); // the extra run lies beyond the page's far end
    }
    boolean hasOlder;
    boolean hasNewer;
    if (up) {
      hasNewer = more;
      long edge = found.isEmpty() ? newerThan + 1 : found.get(found.size() - 1).getId();
      hasOlder = !runs.history(filter, edge, null, 1).isEmpty();
    } else {
      hasOlder = more;
      hasNewer =
          olderThan != null
              && !runs.history(
                      filter, null, found.isEmpty() ? olderThan - 1 : found.get(0).getId(), 1)
                  .isEmpty();
    }
    Long older = hasOlder && !found.isEmpty() ? found.get(found.size() - 1).getId() : null;
    Long newer = hasNewer && !found.isEmpty() ? found.get(0).getId() : null;
    if (found.isEmpty()) { // a page past either end: offer the way back
      older = hasOlder ? newerThan + 1 : null;
      newer = hasNewer ? olderThan - 1 : null;
    }
    return new Page(List.copyOf(found), older, newer);
  }
}

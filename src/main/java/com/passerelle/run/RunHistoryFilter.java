package com.passerelle.run;

import java.time.Instant;

/** Which runs the history of every flow shows: started in [from, to), a flow, a state. */
public record RunHistoryFilter(Instant from, Instant to, Long flowId, RunState state) {}

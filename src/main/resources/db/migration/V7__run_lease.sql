-- Run leases (issue 10): the server running a run's job renews lease_until while the job lives;
-- once it has run out (the server died), another server takes the run over and resumes it.
ALTER TABLE run ADD COLUMN lease_owner VARCHAR(100);
ALTER TABLE run ADD COLUMN lease_until ${datetime};
CREATE INDEX ix_run_state_lease ON run (state, lease_until);

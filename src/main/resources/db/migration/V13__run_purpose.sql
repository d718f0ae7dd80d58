-- What a run's lines do, fixed when the run starts (review of issue 7): a flow switched from
-- journey creation to directory update mid-run no longer gives a run that worked both ways.
ALTER TABLE run ADD COLUMN purpose VARCHAR(30);
ALTER TABLE run ADD COLUMN journey_template VARCHAR(120);
ALTER TABLE run ADD COLUMN resolve_stakeholders BOOLEAN;

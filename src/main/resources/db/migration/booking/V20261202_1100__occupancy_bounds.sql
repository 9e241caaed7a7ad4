-- Time reads of occupancy that PostgreSQL can serve from an index under row-level security.
-- The range operator && is not leakproof, so under RLS the planner may not use it as an index
-- condition: a day's availability filtered a unit's whole history row by row. Timestamp
-- comparisons are leakproof; the bounds of each range are kept as plain columns, indexed per unit,
-- and a booking spans at most two days (it ends on the day it starts, plus any buffer), which lets
-- a reader bound its scan from below.
ALTER TABLE occupancy
  ADD COLUMN starts timestamptz GENERATED ALWAYS AS (lower(during)) STORED,
  ADD COLUMN ends   timestamptz GENERATED ALWAYS AS (upper(during)) STORED,
  ADD CONSTRAINT occupancy_at_most_two_days CHECK (upper(during) - lower(during) <= interval '2 days');
CREATE INDEX occupancy_unit_starts_idx ON occupancy (tenant_id, unit_id, starts);

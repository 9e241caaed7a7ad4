-- The tenant's price rules, in its one currency: rates (an amount per hour, day or booking) and
-- adjustments (a percentage of the rated amount: weekend -30, prime time +20), each for a resource
-- type or for one resource (which then overrides its type's rules wherever it applies). Conditions
-- left NULL always hold: weekdays (ISO, Monday 1), a time band [from, to) in minutes of the local
-- day (to 1440 is midnight; a band never crosses midnight), and dates valid_from..valid_to
-- inclusive (promotions). Bookings freeze the price they were quoted, so a rule may be changed or
-- deleted at any time without touching a booking already made.
CREATE TABLE price_rule (
  tenant_id        uuid NOT NULL REFERENCES tenant (id),
  id               uuid NOT NULL,
  resource_type_id uuid,
  resource_id      uuid,
  kind             text NOT NULL CHECK (kind IN ('RATE', 'ADJUSTMENT')),
  label            text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 100),
  amount           numeric(14,2) CHECK (amount >= 0),
  unit             text CHECK (unit IN ('HOUR', 'DAY', 'BOOKING')),
  percent          numeric(6,2) CHECK (percent BETWEEN -100 AND 1000 AND percent <> 0),
  weekdays         smallint[]
                   CHECK (weekdays IS NULL OR (cardinality(weekdays) BETWEEN 1 AND 7
                                               AND weekdays <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[])),
  band_from_minute smallint CHECK (band_from_minute BETWEEN 0 AND 1439),
  band_to_minute   smallint CHECK (band_to_minute BETWEEN 1 AND 1440),
  valid_from       date CHECK (valid_from BETWEEN '2000-01-01' AND '2100-12-31'),
  valid_to         date CHECK (valid_to BETWEEN '2000-01-01' AND '2100-12-31'),
  created_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT price_rule_type_fk
    FOREIGN KEY (tenant_id, resource_type_id) REFERENCES resource_type (tenant_id, id),
  CONSTRAINT price_rule_resource_fk
    FOREIGN KEY (tenant_id, resource_id) REFERENCES resource (tenant_id, id),
  CONSTRAINT price_rule_scope CHECK ((resource_type_id IS NULL) <> (resource_id IS NULL)),
  CONSTRAINT price_rule_shape CHECK (
    (kind = 'RATE' AND amount IS NOT NULL AND unit IS NOT NULL AND percent IS NULL)
    OR (kind = 'ADJUSTMENT' AND percent IS NOT NULL AND amount IS NULL AND unit IS NULL)),
  CONSTRAINT price_rule_band CHECK (
    (band_from_minute IS NULL) = (band_to_minute IS NULL)
    AND (band_from_minute IS NULL OR band_from_minute < band_to_minute)),
  CONSTRAINT price_rule_dates CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);
-- A quote reads the rules of one resource and of its type.
CREATE INDEX price_rule_type_idx ON price_rule (tenant_id, resource_type_id)
  WHERE resource_type_id IS NOT NULL;
CREATE INDEX price_rule_resource_idx ON price_rule (tenant_id, resource_id)
  WHERE resource_id IS NOT NULL;
ALTER TABLE price_rule ENABLE ROW LEVEL SECURITY;
ALTER TABLE price_rule FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON price_rule
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

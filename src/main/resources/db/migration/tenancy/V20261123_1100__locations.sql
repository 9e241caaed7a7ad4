-- Locations of a tenant: address, time zone, opening hours per ISO weekday.
CREATE TABLE location (
  tenant_id  uuid NOT NULL REFERENCES tenant (id),
  id         uuid NOT NULL,
  name       text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  address    text NOT NULL DEFAULT '' CHECK (char_length(address) <= 500),
  time_zone  text NOT NULL CHECK (char_length(time_zone) BETWEEN 1 AND 64),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX location_name_key ON location (tenant_id, lower(name));
ALTER TABLE location ENABLE ROW LEVEL SECURITY;
ALTER TABLE location FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON location
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

CREATE TABLE location_opening_hours (
  tenant_id   uuid NOT NULL,
  location_id uuid NOT NULL,
  weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  opens       time NOT NULL,
  closes      time NOT NULL,
  PRIMARY KEY (tenant_id, location_id, weekday),
  FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id) ON DELETE CASCADE,
  CHECK (opens < closes)
);
ALTER TABLE location_opening_hours ENABLE ROW LEVEL SECURITY;
ALTER TABLE location_opening_hours FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON location_opening_hours
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

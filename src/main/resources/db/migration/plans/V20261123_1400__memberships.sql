-- A member's subscription to a plan at a home location. Minimal for now: terms, freezes and
-- agreed prices come with the memberships issue. ends_on is inclusive; NULL is open-ended.
CREATE TABLE membership (
  tenant_id   uuid NOT NULL REFERENCES tenant (id),
  id          uuid NOT NULL,
  member_id   uuid NOT NULL,
  plan_id     uuid NOT NULL,
  location_id uuid NOT NULL,
  starts_on   date NOT NULL CHECK (starts_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'),
  ends_on     date CHECK (ends_on <= DATE '2100-12-31'),
  status      text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ENDED')),
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT membership_member_fk FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  CONSTRAINT membership_plan_fk FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id),
  CONSTRAINT membership_location_fk
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id),
  CONSTRAINT membership_dates_check CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX membership_member_idx ON membership (tenant_id, member_id);
CREATE INDEX membership_plan_idx ON membership (tenant_id, plan_id);
ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Renewals of fixed-term memberships: each coworking's settings, the autopay renewals made (one
-- per membership and end date: the key that keeps two runs, or two nodes, from renewing twice),
-- and the days the daily check has run for.
CREATE TABLE renewal_settings (
  tenant_id          uuid PRIMARY KEY REFERENCES tenant (id),
  -- How many days before the end the reminder goes out (and the call task is made).
  remind_days_before smallint NOT NULL DEFAULT 7 CHECK (remind_days_before BETWEEN 1 AND 60),
  -- Whose the call tasks are: the first staff member with this role; NULL: the first admin.
  assignee_role      text CHECK (assignee_role IN ('OWNER', 'ADMIN', 'ACCOUNTANT'))
);
ALTER TABLE renewal_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE renewal_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON renewal_settings
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

CREATE TABLE membership_renewal (
  tenant_id     uuid NOT NULL REFERENCES tenant (id),
  membership_id uuid NOT NULL,
  -- The end date that was renewed from, and the new term's last day. The row is written first,
  -- as the claim (a second run waits on it, then finds it and renews nothing), and renewed_to set
  -- once the renewal is made in the same transaction.
  ends_on       date NOT NULL,
  renewed_to    date CHECK (renewed_to > ends_on),
  renewed_at    timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, membership_id, ends_on),
  CONSTRAINT membership_renewal_membership_fk
    FOREIGN KEY (tenant_id, membership_id) REFERENCES membership (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE membership_renewal ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_renewal FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_renewal
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

CREATE TABLE renewal_check (
  tenant_id   uuid NOT NULL REFERENCES tenant (id),
  -- The coworking's local date the check ran for.
  checked_on  date NOT NULL,
  checked_at  timestamptz NOT NULL,
  memberships integer NOT NULL CHECK (memberships >= 0),
  PRIMARY KEY (tenant_id, checked_on)
);
ALTER TABLE renewal_check ENABLE ROW LEVEL SECURITY;
ALTER TABLE renewal_check FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON renewal_check
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- The membership lifecycle: terms and agreed prices, plan changes over time, freezes, recurring
-- add-ons, an assigned desk or office, and a history of who changed what. The rules of money and
-- allowances that read these rows are pure functions in the plans module (plans/domain).

-- Whose balance a plan's allowances feed, and whether what is left carries into the next month.
ALTER TABLE plan
  ADD COLUMN allowance_pool text NOT NULL DEFAULT 'MEMBER'
             CHECK (allowance_pool IN ('MEMBER', 'COMPANY')),
  ADD COLUMN rollover       boolean NOT NULL DEFAULT false;

-- Parking joins the services a plan may include (and a membership may add).
ALTER TABLE plan_extra DROP CONSTRAINT plan_extra_extra_check;
ALTER TABLE plan_extra ADD CONSTRAINT plan_extra_extra_check
  CHECK (extra IN ('LOCKER', 'LEGAL_ADDRESS', 'MAIL_HANDLING', 'PARCEL_RECEPTION',
                   'BUSINESS_ADDRESS', 'PARKING'));

-- Terms: a day pass is one day; open-ended renews each month until cancelled (ends_on is set by
-- the cancellation, always a month's last day); a fixed term of 3, 6 or 12 months runs from
-- term_starts_on to ends_on (moved later by freezes, to a new term by a renewal).
-- The assigned workspace (a unit of a spaces resource: a fixed desk, an office) is held from
-- workspace_from until the membership ends or workspace_until: no unit is held twice at once.
ALTER TABLE membership
  ADD COLUMN term              text NOT NULL DEFAULT 'OPEN_ENDED'
             CHECK (term IN ('DAY', 'OPEN_ENDED', 'MONTHS_3', 'MONTHS_6', 'MONTHS_12')),
  ADD COLUMN term_starts_on    date,
  ADD COLUMN prepaid           boolean NOT NULL DEFAULT false,
  ADD COLUMN autopay           boolean NOT NULL DEFAULT false,
  ADD COLUMN cancelled_at      timestamptz,
  ADD COLUMN workspace_resource_id uuid,
  ADD COLUMN workspace_unit_id     uuid,
  ADD COLUMN workspace_from        date,
  ADD COLUMN workspace_until       date,
  ADD CONSTRAINT membership_workspace_resource_fk
    FOREIGN KEY (tenant_id, workspace_resource_id) REFERENCES resource (tenant_id, id),
  ADD CONSTRAINT membership_workspace_unit_fk
    FOREIGN KEY (tenant_id, workspace_unit_id) REFERENCES resource_unit (tenant_id, id);

-- Which plan at which agreed price, from a day on: each row runs until the next one starts or the
-- membership ends. An upgrade adds a row from the day it is made; a downgrade one from the next
-- month's 1st (a scheduled change until then). The first row starts with the membership.
CREATE TABLE membership_plan (
  tenant_id     uuid NOT NULL,
  membership_id uuid NOT NULL,
  starts_on     date NOT NULL,
  plan_id       uuid NOT NULL,
  price         numeric(14,2) NOT NULL CHECK (price >= 0),
  price_note    text NOT NULL DEFAULT '' CHECK (char_length(price_note) <= 200),
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, membership_id, starts_on),
  CONSTRAINT membership_plan_membership_fk
    FOREIGN KEY (tenant_id, membership_id) REFERENCES membership (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT membership_plan_plan_fk FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id)
);
CREATE INDEX membership_plan_plan_idx ON membership_plan (tenant_id, plan_id);
ALTER TABLE membership_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_plan
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Memberships made before this migration: term and first plan row from what they had. The owner
-- skips row-level security only while FORCE is off, for these statements alone.
ALTER TABLE membership NO FORCE ROW LEVEL SECURITY;
ALTER TABLE membership_plan NO FORCE ROW LEVEL SECURITY;
ALTER TABLE plan NO FORCE ROW LEVEL SECURITY;
UPDATE membership m SET term = 'DAY', ends_on = m.starts_on
  FROM plan p WHERE p.tenant_id = m.tenant_id AND p.id = m.plan_id AND p.period = 'DAY';
UPDATE membership m
   SET ends_on = (make_date(extract(year FROM m.ends_on)::int, extract(month FROM m.ends_on)::int, 1)
                  + interval '1 month' - interval '1 day')::date
 WHERE m.term = 'OPEN_ENDED' AND m.ends_on IS NOT NULL;
INSERT INTO membership_plan (tenant_id, membership_id, starts_on, plan_id, price, created_at)
  SELECT m.tenant_id, m.id, m.starts_on, m.plan_id, p.price, m.created_at
    FROM membership m JOIN plan p ON p.tenant_id = m.tenant_id AND p.id = m.plan_id;
ALTER TABLE membership FORCE ROW LEVEL SECURITY;
ALTER TABLE membership_plan FORCE ROW LEVEL SECURITY;
ALTER TABLE plan FORCE ROW LEVEL SECURITY;

-- Checked once the old rows fit them.
ALTER TABLE membership
  ADD CONSTRAINT membership_workspace_whole
    CHECK ((workspace_unit_id IS NULL) = (workspace_resource_id IS NULL)
           AND (workspace_unit_id IS NULL) = (workspace_from IS NULL)
           AND (workspace_until IS NULL OR workspace_until >= workspace_from)),
  ADD CONSTRAINT membership_term_dates
    CHECK (CASE term
             WHEN 'DAY' THEN ends_on = starts_on AND term_starts_on IS NULL
             WHEN 'OPEN_ENDED' THEN term_starts_on IS NULL
               AND (ends_on IS NULL OR extract(day FROM ends_on + 1) = 1)
             ELSE ends_on IS NOT NULL AND term_starts_on BETWEEN starts_on AND ends_on
           END),
  ADD CONSTRAINT membership_prepaid_fixed CHECK (NOT prepaid OR term LIKE 'MONTHS_%'),
  ADD CONSTRAINT membership_workspace_taken
    EXCLUDE USING gist (tenant_id WITH =, workspace_unit_id WITH =,
                        daterange(workspace_from, LEAST(ends_on, workspace_until), '[]') WITH &&)
    WHERE (workspace_unit_id IS NOT NULL AND status = 'ACTIVE');

-- The plan lives in membership_plan now, by date.
ALTER TABLE membership DROP COLUMN plan_id;

-- A pause of whole days, first to last inclusive: no fee (but the plan's freeze fee), fewer
-- allowances, no booking and no door access. Two freezes of one membership never overlap.
CREATE TABLE membership_freeze (
  tenant_id     uuid NOT NULL,
  id            uuid NOT NULL,
  membership_id uuid NOT NULL,
  first_day     date NOT NULL,
  last_day      date NOT NULL,
  reason        text NOT NULL DEFAULT '' CHECK (char_length(reason) <= 500),
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT membership_freeze_membership_fk
    FOREIGN KEY (tenant_id, membership_id) REFERENCES membership (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT membership_freeze_days CHECK (last_day >= first_day AND last_day - first_day < 366),
  CONSTRAINT membership_freeze_overlap
    EXCLUDE USING gist (tenant_id WITH =, membership_id WITH =,
                        daterange(first_day, last_day, '[]') WITH &&)
);
ALTER TABLE membership_freeze ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_freeze FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_freeze
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Recurring monthly add-ons (a locker, parking, a legal address …): a quantity at a monthly price
-- each, or included by the plan (price 0). One row per kind at a time.
CREATE TABLE membership_addon (
  tenant_id     uuid NOT NULL,
  id            uuid NOT NULL,
  membership_id uuid NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('LOCKER', 'LEGAL_ADDRESS', 'MAIL_HANDLING',
                                              'PARCEL_RECEPTION', 'BUSINESS_ADDRESS', 'PARKING')),
  quantity      integer NOT NULL DEFAULT 1 CHECK (quantity BETWEEN 1 AND 100),
  price         numeric(14,2) NOT NULL CHECK (price >= 0),
  included      boolean NOT NULL DEFAULT false,
  starts_on     date NOT NULL,
  ends_on       date,
  note          text NOT NULL DEFAULT '' CHECK (char_length(note) <= 200),
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT membership_addon_membership_fk
    FOREIGN KEY (tenant_id, membership_id) REFERENCES membership (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT membership_addon_included_free CHECK (NOT included OR price = 0),
  CONSTRAINT membership_addon_dates CHECK (ends_on IS NULL OR ends_on >= starts_on),
  CONSTRAINT membership_addon_overlap
    EXCLUDE USING gist (tenant_id WITH =, membership_id WITH =, kind WITH =,
                        daterange(starts_on, ends_on, '[]') WITH &&)
);
ALTER TABLE membership_addon ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_addon FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_addon
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- What happened to a membership, when and by whom (null account: the system), with the days and
-- plan it concerned. Append-only.
CREATE TABLE membership_event (
  tenant_id        uuid NOT NULL,
  id               uuid NOT NULL,
  membership_id    uuid NOT NULL,
  -- Order of writing, so entries of one transaction (one instant) keep their order.
  seq              bigint GENERATED ALWAYS AS IDENTITY,
  at               timestamptz NOT NULL,
  actor_account_id uuid,
  actor_name       text NOT NULL CHECK (char_length(actor_name) BETWEEN 1 AND 200),
  kind             text NOT NULL CHECK (char_length(kind) BETWEEN 1 AND 40),
  first_day        date,
  last_day         date,
  plan_name        text CHECK (char_length(plan_name) <= 100),
  amount           numeric(14,2),
  note             text NOT NULL DEFAULT '' CHECK (char_length(note) <= 500),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT membership_event_membership_fk
    FOREIGN KEY (tenant_id, membership_id) REFERENCES membership (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX membership_event_membership_idx ON membership_event (tenant_id, membership_id, seq);
ALTER TABLE membership_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_event
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Ending soon (the renewal job) and running on a day are read by date.
CREATE INDEX membership_ends_idx ON membership (tenant_id, ends_on) WHERE term LIKE 'MONTHS_%';

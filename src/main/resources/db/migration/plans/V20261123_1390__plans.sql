-- The tenant's catalogue of plans: price per period, workplace, included allowances and extras,
-- booking discount, which locations and hours the plan opens, and which resources it may book.
-- Prices are in the tenant's one currency. A plan is archived, never deleted: memberships keep it.
CREATE TABLE plan (
  tenant_id                uuid NOT NULL REFERENCES tenant (id),
  id                       uuid NOT NULL,
  code                     text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{0,39}$'),
  name                     text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  description              text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
  price                    numeric(14,2) NOT NULL CHECK (price >= 0),
  -- "from 250 000": the list price is the least; the agreed price is set per membership.
  price_from               boolean NOT NULL DEFAULT false,
  period                   text NOT NULL CHECK (period IN ('DAY', 'MONTH')),
  workplace                text NOT NULL
                           CHECK (workplace IN ('ANY_DESK', 'FIXED_DESK', 'PRIVATE_OFFICE', 'NONE')),
  booking_discount_percent numeric(5,2) NOT NULL DEFAULT 0
                           CHECK (booking_discount_percent BETWEEN 0 AND 100),
  location_access          text NOT NULL CHECK (location_access IN ('HOME', 'ALL')),
  access_schedule          text NOT NULL CHECK (access_schedule IN ('OPENING_HOURS', 'ALWAYS')),
  freeze_fee_per_day       numeric(14,2) NOT NULL DEFAULT 0 CHECK (freeze_fee_per_day >= 0),
  can_book_desks           boolean NOT NULL,
  can_book_rooms           boolean NOT NULL,
  status                   text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
  sort_order               integer NOT NULL DEFAULT 0 CHECK (sort_order BETWEEN 0 AND 10000),
  created_at               timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT plan_code_key UNIQUE (tenant_id, code)
);
ALTER TABLE plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON plan
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- What a plan includes per period; quantity NULL means unlimited. Hours may be fractional,
-- everything else is counted in whole units. No row: nothing included.
CREATE TABLE plan_allowance (
  tenant_id uuid NOT NULL,
  plan_id   uuid NOT NULL,
  kind      text NOT NULL
            CHECK (kind IN ('MEETING_ROOM_HOURS', 'PRINTED_PAGES', 'COFFEE', 'GUEST_PASSES')),
  quantity  numeric(8,2) CHECK (quantity IS NULL OR quantity > 0),
  PRIMARY KEY (tenant_id, plan_id, kind),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id) ON DELETE CASCADE,
  CHECK (kind = 'MEETING_ROOM_HOURS' OR quantity IS NULL OR quantity = trunc(quantity))
);
ALTER TABLE plan_allowance ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_allowance FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON plan_allowance
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Services included in the plan's price.
CREATE TABLE plan_extra (
  tenant_id uuid NOT NULL,
  plan_id   uuid NOT NULL,
  extra     text NOT NULL CHECK (extra IN ('LOCKER', 'LEGAL_ADDRESS', 'MAIL_HANDLING',
                                           'PARCEL_RECEPTION', 'BUSINESS_ADDRESS')),
  PRIMARY KEY (tenant_id, plan_id, extra),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE plan_extra ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_extra FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON plan_extra
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- The tenant's catalogue of add-on services (printing, coffee, parcels, parking …): a price per
-- unit in the tenant's one currency, optionally the plan allowance a use draws on first (printed
-- pages, coffee, guest passes), and the plans that include the service fully. A service is
-- archived, never deleted: usage keeps pointing at it.
CREATE TABLE service (
  tenant_id      uuid NOT NULL REFERENCES tenant (id),
  id             uuid NOT NULL,
  code           text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{0,39}$'),
  name           text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  unit           text NOT NULL CHECK (unit IN ('PIECE', 'PAGE', 'HOUR', 'DAY', 'BOOKING', 'MONTH')),
  price          numeric(14,2) NOT NULL CHECK (price >= 0),
  -- Meeting-room hours are drawn by bookings, not by services.
  allowance_kind text CHECK (allowance_kind IN ('PRINTED_PAGES', 'COFFEE', 'GUEST_PASSES')),
  status         text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
  sort_order     integer NOT NULL CHECK (sort_order BETWEEN 0 AND 10000),
  created_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT service_code_key UNIQUE (tenant_id, code)
);
ALTER TABLE service ENABLE ROW LEVEL SECURITY;
ALTER TABLE service FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON service
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- The plans whose members get the service at no charge (parcel reception for Office and Virtual).
CREATE TABLE service_plan (
  tenant_id  uuid NOT NULL,
  service_id uuid NOT NULL,
  plan_id    uuid NOT NULL,
  PRIMARY KEY (tenant_id, service_id, plan_id),
  CONSTRAINT service_plan_service_fk
    FOREIGN KEY (tenant_id, service_id) REFERENCES service (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT service_plan_plan_fk FOREIGN KEY (tenant_id, plan_id) REFERENCES plan (tenant_id, id)
);
ALTER TABLE service_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE service_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON service_plan
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

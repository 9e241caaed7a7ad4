-- Usage of services by members, recorded as it happens and invoiced later. A row is frozen when
-- written: the unit price of that moment, how much of the quantity was included (by the plan or
-- from an allowance) and how much is paid, and the amount. Nothing is ever edited: a correction is
-- a new row with a negative quantity and a reason that points at the row it corrects, in the same
-- period, for the same member and service.
-- period: the calendar month (its first day) the usage happened in, at the member's home location.
-- payer_company_id: the company that pays, when the member was billed to her company at recording.
CREATE TABLE service_usage (
  tenant_id              uuid NOT NULL REFERENCES tenant (id),
  id                     uuid NOT NULL,
  member_id              uuid NOT NULL,
  service_id             uuid NOT NULL,
  payer_company_id       uuid,
  period                 date NOT NULL CHECK (extract(day FROM period) = 1),
  occurred_at            timestamptz NOT NULL,
  recorded_at            timestamptz NOT NULL,
  quantity               numeric(12,2) NOT NULL CHECK (quantity <> 0 AND abs(quantity) <= 100000),
  included_quantity      numeric(12,2) NOT NULL,
  paid_quantity          numeric(12,2) NOT NULL,
  unit_price             numeric(14,2) NOT NULL CHECK (unit_price >= 0),
  amount                 numeric(16,2) NOT NULL,
  currency               char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  -- Included by the member's plan outright: all of it included, no allowance drawn.
  plan_included          boolean NOT NULL,
  -- The allowance this row drew on (or, for a correction, gave back to); NULL when none.
  allowance_kind         text CHECK (allowance_kind IN ('PRINTED_PAGES', 'COFFEE', 'GUEST_PASSES')),
  source                 text NOT NULL CHECK (source IN ('STAFF', 'MEMBER', 'DEVICE')),
  recorded_by_account_id uuid REFERENCES account (id),
  recorded_by_name       text NOT NULL CHECK (char_length(recorded_by_name) BETWEEN 1 AND 200),
  device_id              uuid,
  note                   text NOT NULL DEFAULT '' CHECK (char_length(note) <= 500),
  corrects_id            uuid,
  reason                 text CHECK (char_length(reason) BETWEEN 1 AND 500),
  -- Orders rows recorded at the same instant as they were recorded.
  seq                    bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT service_usage_member_fk FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  CONSTRAINT service_usage_service_fk FOREIGN KEY (tenant_id, service_id) REFERENCES service (tenant_id, id),
  CONSTRAINT service_usage_company_fk
    FOREIGN KEY (tenant_id, payer_company_id) REFERENCES company (tenant_id, id),
  -- What a correction may point at: a row of the same member, service and period.
  CONSTRAINT service_usage_correctable UNIQUE (tenant_id, id, member_id, service_id, period),
  CONSTRAINT service_usage_corrects_fk
    FOREIGN KEY (tenant_id, corrects_id, member_id, service_id, period)
    REFERENCES service_usage (tenant_id, id, member_id, service_id, period),
  CONSTRAINT service_usage_split CHECK (included_quantity + paid_quantity = quantity),
  CONSTRAINT service_usage_signs CHECK (
    (corrects_id IS NULL AND reason IS NULL AND quantity > 0
       AND included_quantity >= 0 AND paid_quantity >= 0 AND amount >= 0)
    OR (corrects_id IS NOT NULL AND reason IS NOT NULL AND quantity < 0
       AND included_quantity <= 0 AND paid_quantity <= 0 AND amount <= 0)),
  CONSTRAINT service_usage_plan_included
    CHECK (NOT plan_included OR (paid_quantity = 0 AND amount = 0 AND allowance_kind IS NULL)),
  CONSTRAINT service_usage_free_when_included CHECK (paid_quantity <> 0 OR amount = 0)
);
CREATE INDEX service_usage_member_idx ON service_usage (tenant_id, member_id, period, occurred_at);
CREATE INDEX service_usage_company_idx ON service_usage (tenant_id, payer_company_id, period)
  WHERE payer_company_id IS NOT NULL;
CREATE INDEX service_usage_corrects_idx ON service_usage (tenant_id, corrects_id)
  WHERE corrects_id IS NOT NULL;
ALTER TABLE service_usage ENABLE ROW LEVEL SECURITY;
ALTER TABLE service_usage FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON service_usage
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

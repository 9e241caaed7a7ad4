-- Billing's own settings of a tenant, its accounting period locks and its document counters. The
-- tenant's legal name, tax id, currency and tax setting (none, or a rate with tax-inclusive or
-- -exclusive prices) stay where the tenancy module keeps them, on the tenant row: one source.

-- What an invoice shows of the issuer beyond the tenant row, and how billing runs for it.
CREATE TABLE billing_profile (
  tenant_id          uuid NOT NULL REFERENCES tenant (id),
  address            text NOT NULL DEFAULT '' CHECK (char_length(address) <= 500),
  email              text NOT NULL DEFAULT '' CHECK (char_length(email) <= 254),
  phone              text NOT NULL DEFAULT '' CHECK (char_length(phone) <= 50),
  bank_details       text NOT NULL DEFAULT '' CHECK (char_length(bank_details) <= 1000),
  logo               bytea CHECK (octet_length(logo) <= 524288),
  logo_content_type  text CHECK (logo_content_type IN ('image/png', 'image/jpeg')),
  -- Billing periods are calendar months in this zone (the home location's when created).
  time_zone          text NOT NULL CHECK (char_length(time_zone) BETWEEN 1 AND 64),
  payment_terms_days smallint NOT NULL DEFAULT 10 CHECK (payment_terms_days BETWEEN 0 AND 365),
  invoice_prefix     text NOT NULL DEFAULT 'INV' CHECK (invoice_prefix ~ '^[A-Z0-9]{1,10}$'),
  credit_note_prefix text NOT NULL DEFAULT 'CN' CHECK (credit_note_prefix ~ '^[A-Z0-9]{1,10}$'),
  -- How members pay online: not at all, through Stripe, or the demo's fake card page.
  online_provider    text NOT NULL DEFAULT 'NONE'
                     CHECK (online_provider IN ('NONE', 'STRIPE', 'FAKE_CARD')),
  updated_at         timestamptz NOT NULL,
  PRIMARY KEY (tenant_id),
  CHECK ((logo IS NULL) = (logo_content_type IS NULL)),
  CHECK (invoice_prefix <> credit_note_prefix)
);
ALTER TABLE billing_profile ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing_profile FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON billing_profile
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- A closed accounting month: no invoice, credit note, payment, refund or allocation dated in it can
-- be added or changed any more. A lock is final.
CREATE TABLE billing_period_lock (
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  period    date NOT NULL CHECK (extract(day FROM period) = 1),
  locked_at timestamptz NOT NULL,
  locked_by uuid,
  PRIMARY KEY (tenant_id, period)
);
ALTER TABLE billing_period_lock ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing_period_lock FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON billing_period_lock
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Whether the month of p_day is locked for p_tenant (called by the triggers below and later).
CREATE FUNCTION billing_period_locked(p_tenant uuid, p_day date) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT EXISTS (SELECT 1 FROM billing_period_lock
                       WHERE tenant_id = p_tenant AND period = date_trunc('month', p_day)::date) $$;

-- Refuses a row dated in a locked month; the date column is the trigger's argument.
CREATE FUNCTION billing_refuse_locked_period() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE v_day date;
  BEGIN
    v_day := (to_jsonb(NEW) ->> TG_ARGV[0])::date;
    IF v_day IS NOT NULL AND billing_period_locked(NEW.tenant_id, v_day) THEN
      RAISE EXCEPTION 'billing_period_locked: a % row dated % falls in a locked accounting period',
        TG_TABLE_NAME, v_day USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
  END $$;

-- Append-only tables: what was recorded stays as recorded.
CREATE FUNCTION billing_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    RAISE EXCEPTION 'billing_immutable: rows of % are never changed or deleted', TG_TABLE_NAME
      USING ERRCODE = 'integrity_constraint_violation';
  END $$;

CREATE TRIGGER billing_period_lock_final BEFORE UPDATE OR DELETE ON billing_period_lock
  FOR EACH ROW EXECUTE FUNCTION billing_refuse_change();

-- Gapless numbering: one counter row per tenant, series and year, taken with a row lock in the
-- issuing transaction (so a rollback gives the number back) and only ever moved forward.
CREATE TABLE billing_counter (
  tenant_id  uuid NOT NULL REFERENCES tenant (id),
  series     text NOT NULL CHECK (series IN ('INVOICE', 'CREDIT_NOTE')),
  year       smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  last_value integer NOT NULL CHECK (last_value >= 1),
  PRIMARY KEY (tenant_id, series, year)
);
ALTER TABLE billing_counter ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing_counter FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON billing_counter
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

CREATE FUNCTION billing_counter_forward() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'DELETE' OR NEW.last_value <= OLD.last_value
       OR (NEW.tenant_id, NEW.series, NEW.year) IS DISTINCT FROM (OLD.tenant_id, OLD.series, OLD.year) THEN
      RAISE EXCEPTION 'billing_counter_forward: a number counter only moves forward'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER billing_counter_forward BEFORE UPDATE OR DELETE ON billing_counter
  FOR EACH ROW EXECUTE FUNCTION billing_counter_forward();

GRANT EXECUTE ON FUNCTION billing_period_locked(uuid, date) TO ${app_role};

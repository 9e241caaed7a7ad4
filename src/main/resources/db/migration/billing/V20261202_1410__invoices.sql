-- Invoices and their lines. An invoice is a DRAFT (free to change or delete, no number) until it is
-- issued; from then on it is immutable: its lines, amounts, payer and number never change, and only
-- the database itself moves paid_amount, credited_amount and status, from the payment allocations
-- and credit notes recorded against it. Corrections are credit notes.

-- The status an issued invoice has for its amounts (mirrored by domain.InvoiceStatusRule).
CREATE FUNCTION billing_invoice_status(p_total numeric, p_paid numeric, p_credited numeric)
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE
                 WHEN p_credited > 0 AND p_credited >= p_total AND p_paid = 0 THEN 'VOID'
                 WHEN p_paid >= p_total - p_credited THEN 'PAID'
                 WHEN p_paid > 0 THEN 'PARTIALLY_PAID'
                 ELSE 'ISSUED'
               END $$;

CREATE TABLE invoice (
  tenant_id       uuid NOT NULL REFERENCES tenant (id),
  id              uuid NOT NULL,
  -- REGULAR: the invoice of the monthly run, at most one per payer and period; ONE_OFF: any other.
  kind            text NOT NULL CHECK (kind IN ('REGULAR', 'ONE_OFF')),
  member_id       uuid,
  company_id      uuid,
  period          date NOT NULL
                  CHECK (extract(day FROM period) = 1 AND period BETWEEN '2000-01-01' AND '2100-12-01'),
  status          text NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'VOID')),
  number          text CHECK (char_length(number) BETWEEN 1 AND 40),
  number_year     smallint,
  number_seq      integer CHECK (number_seq >= 1),
  issue_date      date,
  due_date        date,
  currency        char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  tax_mode        text NOT NULL CHECK (tax_mode IN ('NONE', 'INCLUSIVE', 'EXCLUSIVE')),
  tax_rate        numeric(5, 2) NOT NULL CHECK (tax_rate >= 0 AND tax_rate < 100),
  subtotal        numeric(14, 2) NOT NULL,
  tax_total       numeric(14, 2) NOT NULL CHECK (tax_total >= 0),
  total           numeric(14, 2) NOT NULL CHECK (total >= 0),
  paid_amount     numeric(14, 2) NOT NULL DEFAULT 0,
  credited_amount numeric(14, 2) NOT NULL DEFAULT 0,
  -- Who was billed, as they were at issue.
  bill_to_name    text NOT NULL CHECK (char_length(bill_to_name) BETWEEN 1 AND 300),
  bill_to_details text NOT NULL DEFAULT '' CHECK (char_length(bill_to_details) <= 1000),
  bill_to_email   text CHECK (char_length(bill_to_email) <= 254),
  notes           text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 1000),
  created_at      timestamptz NOT NULL,
  issued_at       timestamptz,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT invoice_member_fk FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  CONSTRAINT invoice_company_fk FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  CONSTRAINT invoice_number_key UNIQUE (tenant_id, number),
  CONSTRAINT invoice_number_seq_key UNIQUE (tenant_id, number_year, number_seq),
  CONSTRAINT invoice_one_payer CHECK ((member_id IS NULL) <> (company_id IS NULL)),
  CONSTRAINT invoice_tax CHECK ((tax_mode = 'NONE') = (tax_rate = 0)),
  CONSTRAINT invoice_sums CHECK (subtotal + tax_total = total),
  CONSTRAINT invoice_issue CHECK (
    (status = 'DRAFT' AND number IS NULL AND number_year IS NULL AND number_seq IS NULL
       AND issue_date IS NULL AND due_date IS NULL AND issued_at IS NULL
       AND paid_amount = 0 AND credited_amount = 0)
    OR (status <> 'DRAFT' AND number IS NOT NULL AND number_year = extract(year FROM issue_date)
       AND number_seq IS NOT NULL AND issue_date IS NOT NULL AND due_date >= issue_date
       AND issued_at IS NOT NULL)),
  CONSTRAINT invoice_amounts CHECK (
    paid_amount >= 0 AND credited_amount >= 0 AND credited_amount <= total
    AND paid_amount <= total - credited_amount),
  CONSTRAINT invoice_status CHECK (
    status = 'DRAFT' OR status = billing_invoice_status(total, paid_amount, credited_amount))
);
-- The idempotency of the invoice run: a rerun, a crash or a second node finds this row.
CREATE UNIQUE INDEX invoice_regular_key
  ON invoice (tenant_id, (coalesce(member_id, company_id)), period) WHERE kind = 'REGULAR';
CREATE INDEX invoice_member_idx ON invoice (tenant_id, member_id, period) WHERE member_id IS NOT NULL;
CREATE INDEX invoice_company_idx ON invoice (tenant_id, company_id, period) WHERE company_id IS NOT NULL;
CREATE INDEX invoice_open_idx ON invoice (tenant_id, due_date) WHERE status IN ('ISSUED', 'PARTIALLY_PAID');
CREATE INDEX invoice_period_idx ON invoice (tenant_id, period);
ALTER TABLE invoice ENABLE ROW LEVEL SECURITY;
ALTER TABLE invoice FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON invoice
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

CREATE TABLE invoice_line (
  tenant_id    uuid NOT NULL,
  invoice_id   uuid NOT NULL,
  line_no      smallint NOT NULL CHECK (line_no BETWEEN 1 AND 1000),
  kind         text NOT NULL CHECK (kind IN ('MEMBERSHIP', 'ADDON', 'ROOM_OVERAGE', 'SERVICE', 'DEVICE',
                                             'BOOKING_EXTRA', 'LATE_USAGE', 'FREEZE_CREDIT', 'ONE_OFF',
                                             'DISCOUNT', 'TAX')),
  description  text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 300),
  quantity     numeric(14, 3) NOT NULL,
  unit         text NOT NULL DEFAULT '' CHECK (char_length(unit) <= 20),
  unit_price   numeric(16, 4) NOT NULL,
  -- Rounded half-up to the currency's minor unit; the invoice total is the sum of the amounts.
  amount       numeric(14, 2) NOT NULL,
  -- The month the charged usage or membership belongs to (NULL: not tied to one).
  usage_period date CHECK (extract(day FROM usage_period) = 1),
  -- What caused the line ('membership', 'booking', 'service_usage', ...) and its id.
  source_type  text CHECK (source_type ~ '^[a-z][a-z0-9_]{0,39}$'),
  source_id    uuid,
  PRIMARY KEY (tenant_id, invoice_id, line_no),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT invoice_line_sign CHECK (
    (kind IN ('DISCOUNT', 'FREEZE_CREDIT') AND amount <= 0) OR
    (kind NOT IN ('DISCOUNT', 'FREEZE_CREDIT') AND amount >= 0)),
  CONSTRAINT invoice_line_source CHECK ((source_type IS NULL) = (source_id IS NULL))
);
CREATE INDEX invoice_line_source_idx ON invoice_line (tenant_id, source_type, source_id)
  WHERE source_id IS NOT NULL;
ALTER TABLE invoice_line ENABLE ROW LEVEL SECURITY;
ALTER TABLE invoice_line FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON invoice_line
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- An issued invoice never changes, except for what the database derives itself (paid_amount,
-- credited_amount and status, moved by the triggers of payment_allocation and credit_note: the
-- one narrow path). Issuing (DRAFT -> issued) is refused in a locked period.
CREATE FUNCTION billing_invoice_guard() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE v invoice;
  BEGIN
    IF TG_OP = 'DELETE' THEN
      IF OLD.status <> 'DRAFT' THEN
        RAISE EXCEPTION 'billing_invoice_immutable: issued invoice % cannot be deleted; issue a credit note',
          OLD.number USING ERRCODE = 'integrity_constraint_violation';
      END IF;
      RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' THEN
      IF NEW.status <> 'DRAFT' THEN
        RAISE EXCEPTION 'billing_invoice_issue: an invoice is inserted as a DRAFT and then issued'
          USING ERRCODE = 'integrity_constraint_violation';
      END IF;
      RETURN NEW;
    END IF;
    IF OLD.status = 'DRAFT' THEN
      IF NEW.status <> 'DRAFT' THEN
        -- Issuing: nothing is paid or credited yet; the status follows the amounts (a zero total is PAID).
        IF NEW.paid_amount <> 0 OR NEW.credited_amount <> 0 THEN
          RAISE EXCEPTION 'billing_invoice_issue: an invoice is issued with nothing paid or credited'
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF billing_period_locked(NEW.tenant_id, NEW.issue_date) THEN
          RAISE EXCEPTION 'billing_period_locked: invoice % would be issued on % in a locked accounting period',
            NEW.number, NEW.issue_date USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        NEW.status := billing_invoice_status(NEW.total, 0, 0);
      END IF;
      RETURN NEW;
    END IF;
    -- Issued: only the derived columns may move, and only from the billing triggers.
    v := NEW;
    v.paid_amount := OLD.paid_amount;
    v.credited_amount := OLD.credited_amount;
    v.status := OLD.status;
    IF v IS DISTINCT FROM OLD THEN
      RAISE EXCEPTION 'billing_invoice_immutable: issued invoice % cannot be changed; issue a credit note',
        OLD.number USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (NEW.paid_amount, NEW.credited_amount, NEW.status) IS DISTINCT FROM (OLD.paid_amount, OLD.credited_amount, OLD.status)
       AND pg_trigger_depth() < 2 THEN
      RAISE EXCEPTION 'billing_invoice_immutable: the status and paid and credited amounts of % follow payments and credit notes only',
        OLD.number USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    NEW.status := billing_invoice_status(NEW.total, NEW.paid_amount, NEW.credited_amount);
    RETURN NEW;
  END $$;
CREATE TRIGGER billing_invoice_guard BEFORE INSERT OR UPDATE OR DELETE ON invoice
  FOR EACH ROW EXECUTE FUNCTION billing_invoice_guard();

-- Lines change only while their invoice is a draft (the invoice row is locked to see it so).
CREATE FUNCTION billing_invoice_line_guard() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE v_status text;
  BEGIN
    SELECT status INTO v_status FROM invoice
     WHERE tenant_id = coalesce(NEW.tenant_id, OLD.tenant_id)
       AND id = coalesce(NEW.invoice_id, OLD.invoice_id)
       FOR SHARE;
    IF v_status IS NOT NULL AND v_status <> 'DRAFT' THEN
      RAISE EXCEPTION 'billing_invoice_immutable: the lines of an issued invoice cannot be changed; issue a credit note'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.tenant_id, NEW.invoice_id) IS DISTINCT FROM (OLD.tenant_id, OLD.invoice_id) THEN
      RAISE EXCEPTION 'billing_invoice_immutable: a line stays on its invoice'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER billing_invoice_line_guard BEFORE INSERT OR UPDATE OR DELETE ON invoice_line
  FOR EACH ROW EXECUTE FUNCTION billing_invoice_line_guard();

-- At commit, an issued invoice's total is the sum of its lines (which cannot change afterwards).
CREATE FUNCTION billing_invoice_balanced() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE v_lines numeric;
  BEGIN
    SELECT coalesce(sum(amount), 0) INTO v_lines FROM invoice_line
     WHERE tenant_id = NEW.tenant_id AND invoice_id = NEW.id;
    IF v_lines <> NEW.total THEN
      RAISE EXCEPTION 'billing_invoice_unbalanced: the lines of % sum to % but its total is %',
        NEW.number, v_lines, NEW.total USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
  END $$;
CREATE CONSTRAINT TRIGGER billing_invoice_balanced AFTER UPDATE ON invoice
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD.status = 'DRAFT' AND NEW.status <> 'DRAFT')
  EXECUTE FUNCTION billing_invoice_balanced();

GRANT EXECUTE ON FUNCTION billing_invoice_status(numeric, numeric, numeric) TO ${app_role};

-- Credit notes: the only correction of an issued invoice. A credit note names the invoice and the
-- lines it credits (never more than a line's amount over all credit notes), has its own gapless
-- numbering and is immutable. Recording one raises the invoice's credited_amount.

CREATE TABLE credit_note (
  tenant_id   uuid NOT NULL REFERENCES tenant (id),
  id          uuid NOT NULL,
  invoice_id  uuid NOT NULL,
  number      text NOT NULL CHECK (char_length(number) BETWEEN 1 AND 40),
  number_year smallint NOT NULL,
  number_seq  integer NOT NULL CHECK (number_seq >= 1),
  issue_date  date NOT NULL,
  currency    char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  reason      text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
  subtotal    numeric(14, 2) NOT NULL,
  tax_total   numeric(14, 2) NOT NULL CHECK (tax_total >= 0),
  total       numeric(14, 2) NOT NULL CHECK (total > 0),
  created_at  timestamptz NOT NULL,
  created_by  uuid,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id),
  CONSTRAINT credit_note_number_key UNIQUE (tenant_id, number),
  CONSTRAINT credit_note_number_seq_key UNIQUE (tenant_id, number_year, number_seq),
  CONSTRAINT credit_note_year CHECK (number_year = extract(year FROM issue_date)),
  CONSTRAINT credit_note_sums CHECK (subtotal + tax_total = total)
);
CREATE INDEX credit_note_invoice_idx ON credit_note (tenant_id, invoice_id);
ALTER TABLE credit_note ENABLE ROW LEVEL SECURITY;
ALTER TABLE credit_note FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON credit_note
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- A credited line: invoice_line_no names the invoice line (NULL only for the TAX line of an
-- invoice with tax-exclusive prices); amount is what is taken off, positive.
CREATE TABLE credit_note_line (
  tenant_id       uuid NOT NULL,
  credit_note_id  uuid NOT NULL,
  line_no         smallint NOT NULL CHECK (line_no BETWEEN 1 AND 1000),
  invoice_id      uuid NOT NULL,
  invoice_line_no smallint,
  kind            text NOT NULL CHECK (kind IN ('MEMBERSHIP', 'ADDON', 'ROOM_OVERAGE', 'SERVICE', 'DEVICE',
                                                'BOOKING_EXTRA', 'LATE_USAGE', 'ONE_OFF', 'TAX')),
  description     text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 300),
  quantity        numeric(14, 3) NOT NULL,
  unit            text NOT NULL DEFAULT '' CHECK (char_length(unit) <= 20),
  unit_price      numeric(16, 4) NOT NULL,
  amount          numeric(14, 2) NOT NULL CHECK (amount > 0),
  PRIMARY KEY (tenant_id, credit_note_id, line_no),
  FOREIGN KEY (tenant_id, credit_note_id) REFERENCES credit_note (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_id, invoice_line_no) REFERENCES invoice_line (tenant_id, invoice_id, line_no),
  CONSTRAINT credit_note_line_ref CHECK ((kind = 'TAX') = (invoice_line_no IS NULL))
);
CREATE INDEX credit_note_line_invoice_idx ON credit_note_line (tenant_id, invoice_id, invoice_line_no);
ALTER TABLE credit_note_line ENABLE ROW LEVEL SECURITY;
ALTER TABLE credit_note_line FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON credit_note_line
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

CREATE TRIGGER credit_note_final BEFORE UPDATE OR DELETE ON credit_note
  FOR EACH ROW EXECUTE FUNCTION billing_refuse_change();
CREATE TRIGGER credit_note_line_final BEFORE UPDATE OR DELETE ON credit_note_line
  FOR EACH ROW EXECUTE FUNCTION billing_refuse_change();
CREATE TRIGGER credit_note_period BEFORE INSERT ON credit_note
  FOR EACH ROW EXECUTE FUNCTION billing_refuse_locked_period('issue_date');

-- A credit note is for an issued invoice in its currency, and raises what is credited on it.
CREATE FUNCTION billing_credit_note_applied() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE v invoice;
  BEGIN
    SELECT * INTO v FROM invoice WHERE tenant_id = NEW.tenant_id AND id = NEW.invoice_id FOR UPDATE;
    IF v.status = 'DRAFT' THEN
      RAISE EXCEPTION 'billing_credit_note_draft: a draft invoice is changed, not credited'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF v.currency <> NEW.currency THEN
      RAISE EXCEPTION 'billing_credit_note_currency: the credit note is in %, the invoice in %',
        NEW.currency, v.currency USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    UPDATE invoice SET credited_amount = credited_amount + NEW.total
     WHERE tenant_id = NEW.tenant_id AND id = NEW.invoice_id;
    RETURN NULL;
  END $$;
CREATE TRIGGER credit_note_applied AFTER INSERT ON credit_note
  FOR EACH ROW EXECUTE FUNCTION billing_credit_note_applied();

-- Over all credit notes, a line is credited at most its own amount, and only a positive line is.
CREATE FUNCTION billing_credit_note_line_check() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE v_line numeric; v_credited numeric; v_invoice uuid;
  BEGIN
    SELECT invoice_id INTO v_invoice FROM credit_note
     WHERE tenant_id = NEW.tenant_id AND id = NEW.credit_note_id;
    IF v_invoice IS DISTINCT FROM NEW.invoice_id THEN
      RAISE EXCEPTION 'billing_credit_note_line: a line credits the credit note''s own invoice'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.invoice_line_no IS NULL THEN RETURN NEW; END IF;
    SELECT amount INTO v_line FROM invoice_line
     WHERE tenant_id = NEW.tenant_id AND invoice_id = NEW.invoice_id AND line_no = NEW.invoice_line_no;
    SELECT coalesce(sum(amount), 0) INTO v_credited FROM credit_note_line
     WHERE tenant_id = NEW.tenant_id AND invoice_id = NEW.invoice_id
       AND invoice_line_no = NEW.invoice_line_no;
    IF v_credited + NEW.amount > v_line THEN
      RAISE EXCEPTION 'billing_credit_note_exceeds_line: line % of the invoice is % and % is credited already',
        NEW.invoice_line_no, v_line, v_credited USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER credit_note_line_check BEFORE INSERT ON credit_note_line
  FOR EACH ROW EXECUTE FUNCTION billing_credit_note_line_check();

-- At commit, a credit note's total is the sum of its lines.
CREATE FUNCTION billing_credit_note_balanced() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE v_lines numeric;
  BEGIN
    SELECT coalesce(sum(amount), 0) INTO v_lines FROM credit_note_line
     WHERE tenant_id = NEW.tenant_id AND credit_note_id = NEW.id;
    IF v_lines <> NEW.total THEN
      RAISE EXCEPTION 'billing_credit_note_unbalanced: the lines of % sum to % but its total is %',
        NEW.number, v_lines, NEW.total USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
  END $$;
CREATE CONSTRAINT TRIGGER credit_note_balanced AFTER INSERT ON credit_note
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION billing_credit_note_balanced();

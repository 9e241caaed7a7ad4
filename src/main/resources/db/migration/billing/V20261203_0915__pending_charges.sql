-- Charges and discounts staff put on a payer's next regular invoice: a one-off charge (a lost key
-- card, a room set-up) or a discount (a fixed amount, or a percentage of the invoice's membership
-- fees and add-ons). The invoice run bills each once: it sets invoice_id in the same transaction
-- that issues the invoice, and from then on the row never changes. A charge still pending may be
-- cancelled (with a reason); a cancelled one is never billed.
CREATE TABLE pending_charge (
  tenant_id     uuid NOT NULL REFERENCES tenant (id),
  id            uuid NOT NULL,
  member_id     uuid,
  company_id    uuid,
  kind          text NOT NULL CHECK (kind IN ('ONE_OFF', 'DISCOUNT')),
  description   text NOT NULL CHECK (char_length(btrim(description)) BETWEEN 1 AND 300),
  amount        numeric(14, 2) CHECK (amount > 0),
  percent       numeric(5, 2) CHECK (percent > 0 AND percent <= 100),
  -- The first period whose invoice may carry it (the 1st of a month).
  bill_from     date NOT NULL CHECK (extract(day FROM bill_from) = 1),
  created_at    timestamptz NOT NULL,
  created_by    text NOT NULL CHECK (char_length(created_by) BETWEEN 1 AND 300),
  invoice_id    uuid,
  cancelled_at  timestamptz,
  cancel_reason text CHECK (char_length(btrim(cancel_reason)) BETWEEN 1 AND 500),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT pending_charge_member_fk FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  CONSTRAINT pending_charge_company_fk FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  CONSTRAINT pending_charge_invoice_fk FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id),
  CONSTRAINT pending_charge_one_payer CHECK ((member_id IS NULL) <> (company_id IS NULL)),
  -- A one-off charge is an amount; a discount an amount or a percentage, never both.
  CONSTRAINT pending_charge_value CHECK (
    (kind = 'ONE_OFF' AND amount IS NOT NULL AND percent IS NULL)
    OR (kind = 'DISCOUNT' AND (amount IS NULL) <> (percent IS NULL))),
  CONSTRAINT pending_charge_cancel CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL)),
  CONSTRAINT pending_charge_billed_or_cancelled CHECK (invoice_id IS NULL OR cancelled_at IS NULL)
);
CREATE INDEX pending_charge_open_idx ON pending_charge (tenant_id, (coalesce(member_id, company_id)))
  WHERE invoice_id IS NULL AND cancelled_at IS NULL;
ALTER TABLE pending_charge ENABLE ROW LEVEL SECURITY;
ALTER TABLE pending_charge FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON pending_charge
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- A charge is written once, then either billed or cancelled, once; nothing else ever changes.
CREATE FUNCTION billing_pending_charge_guard() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'billing_charge_final: a charge is cancelled, never deleted'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF OLD.invoice_id IS NOT NULL OR OLD.cancelled_at IS NOT NULL THEN
      RAISE EXCEPTION 'billing_charge_final: a billed or cancelled charge cannot change'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (NEW.member_id, NEW.company_id, NEW.kind, NEW.description, NEW.amount, NEW.percent,
        NEW.bill_from, NEW.created_at, NEW.created_by)
       IS DISTINCT FROM
       (OLD.member_id, OLD.company_id, OLD.kind, OLD.description, OLD.amount, OLD.percent,
        OLD.bill_from, OLD.created_at, OLD.created_by) THEN
      RAISE EXCEPTION 'billing_charge_final: a charge is cancelled and entered anew, never edited'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER billing_pending_charge_guard BEFORE UPDATE OR DELETE ON pending_charge
  FOR EACH ROW EXECUTE FUNCTION billing_pending_charge_guard();

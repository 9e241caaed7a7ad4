-- Dunning: polite reminders of overdue invoices, a staff task after the last one, and (when the
-- coworking wants it) door access suspended until the invoice is paid.

-- Reminder days after the due date: 1 to 6 of them, each 1 to 365, strictly ascending.
CREATE FUNCTION billing_reminder_days_valid(p smallint[]) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT p IS NOT NULL AND cardinality(p) BETWEEN 1 AND 6 AND array_ndims(p) = 1
           AND NOT EXISTS (SELECT 1 FROM unnest(p) WITH ORDINALITY AS d(days, i)
                            WHERE d.days IS NULL OR d.days < 1 OR d.days > 365
                               OR (d.i > 1 AND d.days <= p[d.i - 1])) $$;

-- A coworking's dunning policy (no row: the defaults, reminders 3, 7 and 14 days after the due
-- date, access never suspended).
CREATE TABLE dunning_policy (
  tenant_id      uuid NOT NULL REFERENCES tenant (id),
  enabled        boolean NOT NULL DEFAULT true,
  reminder_days  smallint[] NOT NULL DEFAULT '{3,7,14}' CHECK (billing_reminder_days_valid(reminder_days)),
  suspend_access boolean NOT NULL DEFAULT false,
  updated_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id)
);
ALTER TABLE dunning_policy ENABLE ROW LEVEL SECURITY;
ALTER TABLE dunning_policy FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON dunning_policy
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- A reminder step of an invoice, sent once: the primary key is what makes a second run, a second
-- node or a staff member's "run now" send nothing twice. The last step (final) is also what
-- suspends access while the invoice stays open. Append-only.
CREATE TABLE dunning_reminder (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  invoice_id   uuid NOT NULL,
  step         smallint NOT NULL CHECK (step BETWEEN 1 AND 6),
  days_overdue smallint NOT NULL CHECK (days_overdue BETWEEN 1 AND 365),
  final        boolean NOT NULL,
  sent_on      date NOT NULL,
  recipients   smallint NOT NULL CHECK (recipients >= 0),
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, invoice_id, step),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id)
);
CREATE INDEX dunning_reminder_final_idx ON dunning_reminder (tenant_id, invoice_id) WHERE final;
ALTER TABLE dunning_reminder ENABLE ROW LEVEL SECURITY;
ALTER TABLE dunning_reminder FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON dunning_reminder
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());
CREATE TRIGGER dunning_reminder_final BEFORE UPDATE OR DELETE ON dunning_reminder
  FOR EACH ROW EXECUTE FUNCTION billing_refuse_change();

-- Only an open invoice is chased: the invoice row is share-locked, so a payment committing at the
-- same moment either comes first (and no reminder is written) or waits for the reminder.
CREATE FUNCTION billing_reminder_open() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE v_status text;
  BEGIN
    SELECT status INTO v_status FROM invoice
     WHERE tenant_id = NEW.tenant_id AND id = NEW.invoice_id FOR SHARE;
    IF v_status IS DISTINCT FROM 'ISSUED' AND v_status IS DISTINCT FROM 'PARTIALLY_PAID' THEN
      RAISE EXCEPTION 'billing_reminder_not_open: invoice % is %, nothing to remind of',
        NEW.invoice_id, v_status USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER dunning_reminder_open BEFORE INSERT ON dunning_reminder
  FOR EACH ROW EXECUTE FUNCTION billing_reminder_open();

GRANT EXECUTE ON FUNCTION billing_reminder_days_valid(smallint[]) TO ${app_role};

-- What billing still has to tell a payer once a change has committed: an issued invoice (charge
-- the autopay card, then email the invoice with its PDF and a pay link) or money received (email a
-- receipt). The row is written in the transaction that issued the invoice or recorded the payment,
-- so nothing is lost in a crash; it is worked right after commit and, while it is due, by the relay
-- job. A worker locks its row (SKIP LOCKED): one node works a notice at a time. The message it
-- sends carries a dedupe key and is written in the same transaction that marks the notice done, so
-- it goes out once.
CREATE TABLE billing_notice (
  tenant_id       uuid NOT NULL REFERENCES tenant (id),
  id              uuid NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('INVOICE_ISSUED', 'PAYMENT_RECEIVED')),
  invoice_id      uuid,
  payment_id      uuid,
  -- The charge of the payer's autopay card when the invoice was issued (NULL: not tried yet).
  autopay         text CHECK (autopay IN ('NONE', 'PAID', 'FAILED')),
  autopay_failure text CHECK (char_length(autopay_failure) <= 500),
  -- How it ended: the message(s) written, nobody to write to, or given up after the last attempt.
  outcome         text CHECK (outcome IN ('SENT', 'NO_RECIPIENT', 'GAVE_UP')),
  recipients      smallint NOT NULL DEFAULT 0 CHECK (recipients >= 0),
  attempts        smallint NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error      text CHECK (char_length(last_error) <= 1000),
  next_attempt_at timestamptz,
  created_at      timestamptz NOT NULL,
  done_at         timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id),
  FOREIGN KEY (tenant_id, payment_id) REFERENCES payment (tenant_id, id),
  CONSTRAINT billing_notice_subject CHECK (
    (kind = 'INVOICE_ISSUED' AND invoice_id IS NOT NULL AND payment_id IS NULL)
    OR (kind = 'PAYMENT_RECEIVED' AND payment_id IS NOT NULL AND invoice_id IS NULL)),
  CONSTRAINT billing_notice_done CHECK (
    (done_at IS NULL) = (outcome IS NULL) AND (done_at IS NULL) = (next_attempt_at IS NOT NULL)),
  CONSTRAINT billing_notice_autopay CHECK (autopay_failure IS NULL OR autopay = 'FAILED')
);
-- One notice per invoice and per payment, whatever retries the event's transaction saw.
CREATE UNIQUE INDEX billing_notice_invoice_key ON billing_notice (tenant_id, invoice_id)
  WHERE kind = 'INVOICE_ISSUED';
CREATE UNIQUE INDEX billing_notice_payment_key ON billing_notice (tenant_id, payment_id)
  WHERE kind = 'PAYMENT_RECEIVED';
CREATE INDEX billing_notice_due_idx ON billing_notice (next_attempt_at) WHERE done_at IS NULL;
ALTER TABLE billing_notice ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing_notice FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON billing_notice
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- The relay: which notices of any tenant are due (ids only); each is then worked in its tenant.
CREATE POLICY definer_access ON billing_notice TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE FUNCTION billing_notices_due(p_now timestamptz, p_limit integer)
  RETURNS TABLE (tenant_id uuid, notice_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT tenant_id, id FROM billing_notice
        WHERE done_at IS NULL AND next_attempt_at <= p_now
        ORDER BY next_attempt_at LIMIT least(p_limit, 1000) $$;
GRANT EXECUTE ON FUNCTION billing_notices_due(timestamptz, integer) TO ${app_role};

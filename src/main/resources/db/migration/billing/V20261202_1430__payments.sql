-- Money received and returned, and where it went. A payment comes from a payer (a member or a
-- company), through a provider (recorded by staff, Stripe, the demo's fake card) and is split by
-- allocations: onto invoices, or kept as the payer's credit (invoice_id NULL). Refunds return part
-- of a payment. All three are append-only: a correction is a new row. The invoice's paid_amount is
-- the sum of its allocations, kept by the trigger below (the narrow path of billing_invoice_guard).

CREATE TABLE payment (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  id           uuid NOT NULL,
  member_id    uuid,
  company_id   uuid,
  -- The invoice the payment was made for, if any (its allocations say where the money went).
  invoice_id   uuid,
  provider     text NOT NULL CHECK (provider IN ('MANUAL', 'STRIPE', 'FAKE_CARD')),
  method       text NOT NULL CHECK (method IN ('BANK_TRANSFER', 'CASH', 'CARD')),
  amount       numeric(14, 2) NOT NULL CHECK (amount > 0),
  currency     char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  received_on  date NOT NULL,
  received_at  timestamptz NOT NULL,
  reference    text NOT NULL DEFAULT '' CHECK (char_length(reference) <= 200),
  -- The provider's own id of the money movement (a PaymentIntent): one payment per provider id.
  provider_ref text CHECK (char_length(provider_ref) BETWEEN 1 AND 255),
  note         text NOT NULL DEFAULT '' CHECK (char_length(note) <= 500),
  recorded_by  uuid,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT payment_member_fk FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  CONSTRAINT payment_company_fk FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  CONSTRAINT payment_invoice_fk FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id),
  CONSTRAINT payment_one_payer CHECK ((member_id IS NULL) <> (company_id IS NULL)),
  CONSTRAINT payment_provider_ref_key UNIQUE (tenant_id, provider, provider_ref),
  CONSTRAINT payment_method_of_provider CHECK (provider = 'MANUAL' OR method = 'CARD')
);
CREATE INDEX payment_member_idx ON payment (tenant_id, member_id) WHERE member_id IS NOT NULL;
CREATE INDEX payment_company_idx ON payment (tenant_id, company_id) WHERE company_id IS NOT NULL;
CREATE INDEX payment_received_idx ON payment (tenant_id, received_on);
ALTER TABLE payment ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payment
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

CREATE TABLE refund (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  id           uuid NOT NULL,
  payment_id   uuid NOT NULL,
  amount       numeric(14, 2) NOT NULL CHECK (amount > 0),
  refunded_on  date NOT NULL,
  reason       text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
  provider_ref text CHECK (char_length(provider_ref) BETWEEN 1 AND 255),
  created_at   timestamptz NOT NULL,
  created_by   uuid,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, payment_id) REFERENCES payment (tenant_id, id)
);
CREATE INDEX refund_payment_idx ON refund (tenant_id, payment_id);
ALTER TABLE refund ENABLE ROW LEVEL SECURITY;
ALTER TABLE refund FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON refund
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

CREATE TABLE payment_allocation (
  tenant_id  uuid NOT NULL REFERENCES tenant (id),
  id         uuid NOT NULL,
  payment_id uuid NOT NULL,
  invoice_id uuid,
  amount     numeric(14, 2) NOT NULL CHECK (amount <> 0),
  reason     text NOT NULL CHECK (reason IN ('PAYMENT', 'OVERPAYMENT', 'CREDIT_APPLIED', 'CREDIT_NOTE', 'REFUND')),
  applied_on date NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, payment_id) REFERENCES payment (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id)
);
CREATE INDEX payment_allocation_payment_idx ON payment_allocation (tenant_id, payment_id);
CREATE INDEX payment_allocation_invoice_idx ON payment_allocation (tenant_id, invoice_id)
  WHERE invoice_id IS NOT NULL;
ALTER TABLE payment_allocation ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_allocation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payment_allocation
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

CREATE TRIGGER payment_final BEFORE UPDATE OR DELETE ON payment
  FOR EACH ROW EXECUTE FUNCTION billing_refuse_change();
CREATE TRIGGER refund_final BEFORE UPDATE OR DELETE ON refund
  FOR EACH ROW EXECUTE FUNCTION billing_refuse_change();
CREATE TRIGGER payment_allocation_final BEFORE UPDATE OR DELETE ON payment_allocation
  FOR EACH ROW EXECUTE FUNCTION billing_refuse_change();
CREATE TRIGGER payment_period BEFORE INSERT ON payment
  FOR EACH ROW EXECUTE FUNCTION billing_refuse_locked_period('received_on');
CREATE TRIGGER refund_period BEFORE INSERT ON refund
  FOR EACH ROW EXECUTE FUNCTION billing_refuse_locked_period('refunded_on');
CREATE TRIGGER payment_allocation_period BEFORE INSERT ON payment_allocation
  FOR EACH ROW EXECUTE FUNCTION billing_refuse_locked_period('applied_on');

-- An allocation onto an invoice of the same payer and currency moves its paid_amount (the
-- invoice's own constraints refuse paying more than is due).
CREATE FUNCTION billing_allocation_applied() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE p payment; v invoice;
  BEGIN
    IF NEW.invoice_id IS NULL THEN RETURN NULL; END IF;
    SELECT * INTO p FROM payment WHERE tenant_id = NEW.tenant_id AND id = NEW.payment_id;
    SELECT * INTO v FROM invoice WHERE tenant_id = NEW.tenant_id AND id = NEW.invoice_id FOR UPDATE;
    IF v.status = 'DRAFT' THEN
      RAISE EXCEPTION 'billing_allocation_draft: a draft invoice cannot be paid'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (p.member_id, p.company_id, p.currency) IS DISTINCT FROM (v.member_id, v.company_id, v.currency) THEN
      RAISE EXCEPTION 'billing_allocation_payer: a payment pays only its payer''s invoices in its currency'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    UPDATE invoice SET paid_amount = paid_amount + NEW.amount
     WHERE tenant_id = NEW.tenant_id AND id = NEW.invoice_id;
    RETURN NULL;
  END $$;
CREATE TRIGGER payment_allocation_applied AFTER INSERT ON payment_allocation
  FOR EACH ROW EXECUTE FUNCTION billing_allocation_applied();

-- At commit, a payment's allocations add up to what was received less what was refunded, the part
-- kept as credit is not negative, and no invoice got a negative share of it.
CREATE FUNCTION billing_payment_balanced() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE v_payment uuid; v_amount numeric; v_refunded numeric; v_allocated numeric;
          v_credit numeric; v_negative boolean;
  BEGIN
    IF TG_TABLE_NAME = 'payment' THEN
      v_payment := NEW.id;
    ELSE
      v_payment := NEW.payment_id;
    END IF;
    SELECT amount INTO v_amount FROM payment WHERE tenant_id = NEW.tenant_id AND id = v_payment;
    SELECT coalesce(sum(amount), 0) INTO v_refunded FROM refund
     WHERE tenant_id = NEW.tenant_id AND payment_id = v_payment;
    SELECT coalesce(sum(amount), 0), coalesce(sum(amount) FILTER (WHERE invoice_id IS NULL), 0)
      INTO v_allocated, v_credit
      FROM payment_allocation WHERE tenant_id = NEW.tenant_id AND payment_id = v_payment;
    SELECT EXISTS (SELECT 1 FROM payment_allocation
                    WHERE tenant_id = NEW.tenant_id AND payment_id = v_payment AND invoice_id IS NOT NULL
                    GROUP BY invoice_id HAVING sum(amount) < 0)
      INTO v_negative;
    IF v_allocated <> v_amount - v_refunded OR v_credit < 0 OR v_negative OR v_refunded > v_amount THEN
      RAISE EXCEPTION 'billing_payment_unbalanced: payment % of % (refunded %) has % allocated, % as credit',
        v_payment, v_amount, v_refunded, v_allocated, v_credit USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
  END $$;
CREATE CONSTRAINT TRIGGER payment_balanced AFTER INSERT ON payment
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION billing_payment_balanced();
CREATE CONSTRAINT TRIGGER refund_balanced AFTER INSERT ON refund
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION billing_payment_balanced();
CREATE CONSTRAINT TRIGGER payment_allocation_balanced AFTER INSERT ON payment_allocation
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION billing_payment_balanced();

-- Attempts to collect money online: a checkout page the payer is sent to, or a charge of a saved
-- method (autopay). provider_ref is the provider's id of it (a Checkout Session, a PaymentIntent),
-- unique across tenants: a webhook finds its tenant by it (billing_attempt_tenant below).
CREATE TABLE payment_attempt (
  tenant_id            uuid NOT NULL REFERENCES tenant (id),
  id                   uuid NOT NULL,
  invoice_id           uuid NOT NULL,
  provider             text NOT NULL CHECK (provider IN ('STRIPE', 'FAKE_CARD')),
  kind                 text NOT NULL CHECK (kind IN ('CHECKOUT', 'CHARGE')),
  amount               numeric(14, 2) NOT NULL CHECK (amount > 0),
  currency             char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  status               text NOT NULL CHECK (status IN ('OPEN', 'SUCCEEDED', 'FAILED', 'EXPIRED')),
  provider_ref         text NOT NULL CHECK (char_length(provider_ref) BETWEEN 1 AND 255),
  provider_payment_ref text CHECK (char_length(provider_payment_ref) BETWEEN 1 AND 255),
  redirect_url         text CHECK (char_length(redirect_url) <= 2000),
  save_method          boolean NOT NULL DEFAULT false,
  payment_method_id    uuid,
  payment_id           uuid,
  failure              text CHECK (char_length(failure) <= 500),
  created_at           timestamptz NOT NULL,
  created_by           uuid,
  completed_at         timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id),
  FOREIGN KEY (tenant_id, payment_id) REFERENCES payment (tenant_id, id),
  CONSTRAINT payment_attempt_ref_key UNIQUE (provider, provider_ref),
  CONSTRAINT payment_attempt_payment_ref_key UNIQUE (provider, provider_payment_ref),
  CONSTRAINT payment_attempt_done CHECK (((status = 'SUCCEEDED') = (payment_id IS NOT NULL))
                                         AND ((status = 'OPEN') = (completed_at IS NULL)))
);
CREATE INDEX payment_attempt_invoice_idx ON payment_attempt (tenant_id, invoice_id);
ALTER TABLE payment_attempt ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_attempt FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payment_attempt
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());
CREATE POLICY definer_access ON payment_attempt TO CURRENT_USER USING (true) WITH CHECK (true);

-- A finished attempt stays finished.
CREATE FUNCTION billing_attempt_guard() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'DELETE' OR OLD.status <> 'OPEN' THEN
      RAISE EXCEPTION 'billing_attempt_final: a finished payment attempt is not changed'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER payment_attempt_guard BEFORE UPDATE OR DELETE ON payment_attempt
  FOR EACH ROW EXECUTE FUNCTION billing_attempt_guard();

-- Webhook: the tenant of an attempt by the provider's id of it, before any tenant is known. Only
-- called after the webhook's signature was verified; answers nothing else.
CREATE FUNCTION billing_attempt_tenant(p_provider text, p_ref text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT tenant_id FROM payment_attempt
        WHERE provider = p_provider AND (provider_ref = p_ref OR provider_payment_ref = p_ref)
        LIMIT 1 $$;

-- Saved payment methods (cards at the provider) for autopay, and the provider's customer of a payer.
CREATE TABLE payment_method (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  id           uuid NOT NULL,
  member_id    uuid,
  company_id   uuid,
  provider     text NOT NULL CHECK (provider IN ('STRIPE', 'FAKE_CARD')),
  customer_ref text NOT NULL CHECK (char_length(customer_ref) BETWEEN 1 AND 255),
  method_ref   text NOT NULL CHECK (char_length(method_ref) BETWEEN 1 AND 255),
  brand        text NOT NULL DEFAULT '' CHECK (char_length(brand) <= 40),
  last4        text NOT NULL DEFAULT '' CHECK (last4 ~ '^([0-9]{4})?$'),
  exp_month    smallint CHECK (exp_month BETWEEN 1 AND 12),
  exp_year     smallint CHECK (exp_year BETWEEN 2000 AND 2100),
  autopay      boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL,
  removed_at   timestamptz,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT payment_method_member_fk FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  CONSTRAINT payment_method_company_fk FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  CONSTRAINT payment_method_one_payer CHECK ((member_id IS NULL) <> (company_id IS NULL)),
  CONSTRAINT payment_method_ref_key UNIQUE (tenant_id, provider, method_ref),
  CONSTRAINT payment_method_autopay_live CHECK (NOT (autopay AND removed_at IS NOT NULL))
);
-- At most one method per payer charges automatically.
CREATE UNIQUE INDEX payment_method_autopay_key
  ON payment_method (tenant_id, (coalesce(member_id, company_id))) WHERE autopay;
ALTER TABLE payment_method ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_method FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payment_method
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());
ALTER TABLE payment_attempt ADD FOREIGN KEY (tenant_id, payment_method_id) REFERENCES payment_method (tenant_id, id);

CREATE TABLE payment_customer (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  payer_id     uuid NOT NULL,
  provider     text NOT NULL CHECK (provider IN ('STRIPE', 'FAKE_CARD')),
  customer_ref text NOT NULL CHECK (char_length(customer_ref) BETWEEN 1 AND 255),
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, payer_id, provider)
);
ALTER TABLE payment_customer ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_customer FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payment_customer
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Webhook events processed, by the provider's event id: a replay finds its row and does nothing.
CREATE TABLE payment_webhook_event (
  tenant_id   uuid NOT NULL REFERENCES tenant (id),
  provider    text NOT NULL CHECK (provider IN ('STRIPE')),
  event_id    text NOT NULL CHECK (char_length(event_id) BETWEEN 1 AND 255),
  type        text NOT NULL CHECK (char_length(type) BETWEEN 1 AND 100),
  received_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, provider, event_id)
);
ALTER TABLE payment_webhook_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_webhook_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payment_webhook_event
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

GRANT EXECUTE ON FUNCTION billing_attempt_tenant(text, text) TO ${app_role};

-- Included allowances as a ledger. One balance row per holder (a member, or a company for a shared
-- pool), kind and period (a calendar month); every grant, use and give-back is an entry, and the
-- entry is what moves the balance: a trigger applies it to the row in the same statement, and the
-- row's CHECK refuses an overdraft, so a use that does not fit fails as a whole. Code locks the row
-- (SELECT … FOR UPDATE) before deciding how much of a request the balance covers, so concurrent
-- uses of one balance are served in turn. A source (a booking, a service entry …) takes once per
-- generation: a unique index refuses a second use, and a second give-back, of the same taking.

CREATE TABLE allowance_account (
  tenant_id  uuid NOT NULL REFERENCES tenant (id),
  id         uuid NOT NULL,
  kind       text NOT NULL
             CHECK (kind IN ('MEETING_ROOM_HOURS', 'PRINTED_PAGES', 'COFFEE', 'GUEST_PASSES')),
  period     date NOT NULL CONSTRAINT allowance_account_period_month
             CHECK (period = date_trunc('month', period)::date),
  member_id  uuid,
  company_id uuid,
  -- NULL: unlimited (counted, never exhausted).
  granted    numeric(10,2) CHECK (granted >= 0),
  used       numeric(10,2) NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  CONSTRAINT allowance_account_holder CHECK ((member_id IS NULL) <> (company_id IS NULL)),
  CONSTRAINT allowance_no_overdraft CHECK (used >= 0 AND (granted IS NULL OR used <= granted))
);
CREATE UNIQUE INDEX allowance_account_member_key
  ON allowance_account (tenant_id, member_id, kind, period) WHERE member_id IS NOT NULL;
CREATE UNIQUE INDEX allowance_account_company_key
  ON allowance_account (tenant_id, company_id, kind, period) WHERE company_id IS NOT NULL;
ALTER TABLE allowance_account ENABLE ROW LEVEL SECURITY;
ALTER TABLE allowance_account FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON allowance_account
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

CREATE TABLE allowance_entry (
  tenant_id  uuid NOT NULL REFERENCES tenant (id),
  id         uuid NOT NULL,
  -- The order entries were written in (timestamps may tie).
  seq        bigint GENERATED ALWAYS AS IDENTITY,
  account_id uuid NOT NULL,
  entry      text NOT NULL CHECK (entry IN ('GRANT', 'USE', 'GIVE_BACK', 'ADJUST')),
  granted    numeric(10,2) NOT NULL DEFAULT 0,
  used       numeric(10,2) NOT NULL DEFAULT 0,
  source     text CHECK (source IN ('BOOKING', 'SERVICE', 'DEVICE', 'ADJUSTMENT', 'MEMBERSHIP')),
  source_id  uuid,
  generation integer NOT NULL DEFAULT 0 CHECK (generation >= 0),
  -- Who used it: for a company pool, the member among its people.
  member_id  uuid,
  reason     text NOT NULL DEFAULT '' CHECK (char_length(reason) <= 500),
  created_by uuid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES allowance_account (tenant_id, id),
  CONSTRAINT allowance_entry_shape CHECK (
    CASE entry
      WHEN 'USE' THEN used > 0 AND granted = 0 AND source_id IS NOT NULL
      WHEN 'GIVE_BACK' THEN used < 0 AND granted = 0 AND source_id IS NOT NULL
      WHEN 'GRANT' THEN used = 0
      WHEN 'ADJUST' THEN used = 0 AND char_length(reason) > 0
    END)
);
CREATE UNIQUE INDEX allowance_entry_once
  ON allowance_entry (tenant_id, source, source_id, generation, entry)
  WHERE entry IN ('USE', 'GIVE_BACK');
CREATE INDEX allowance_entry_account_idx ON allowance_entry (tenant_id, account_id, seq);
ALTER TABLE allowance_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE allowance_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON allowance_entry
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- An entry moves its balance; nothing else may.
CREATE FUNCTION allowance_entry_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE allowance_account
     SET granted = CASE WHEN granted IS NULL THEN NULL ELSE granted + NEW.granted END,
         used = used + NEW.used,
         updated_at = NEW.created_at
   WHERE tenant_id = NEW.tenant_id AND id = NEW.account_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no allowance account %', NEW.account_id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER allowance_entry_apply AFTER INSERT ON allowance_entry
  FOR EACH ROW EXECUTE FUNCTION allowance_entry_apply();

CREATE FUNCTION allowance_account_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 2
     AND (NEW.used IS DISTINCT FROM OLD.used OR NEW.granted IS DISTINCT FROM OLD.granted) THEN
    RAISE EXCEPTION 'an allowance balance changes only by a ledger entry'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER allowance_account_guard BEFORE UPDATE ON allowance_account
  FOR EACH ROW EXECUTE FUNCTION allowance_account_guard();

-- The ledger is append-only.
CREATE FUNCTION allowance_entry_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'allowance entries are never changed; add a correcting entry'
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER allowance_entry_immutable BEFORE UPDATE OR DELETE ON allowance_entry
  FOR EACH ROW EXECUTE FUNCTION allowance_entry_immutable();

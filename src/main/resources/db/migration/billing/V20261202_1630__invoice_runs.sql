-- The monthly invoice run: what caused each line when a line sums up many usages, and the runs
-- themselves (who started which period when, and how far they got).

-- Every usage (booking, service usage) an invoice line bills, one row per source. A source is
-- billed once, ever: the unique key is the run's last guard against billing it twice (a rerun,
-- late usage, a second node). Lines with a single source also name it on the line itself.
CREATE TABLE invoice_line_source (
  tenant_id   uuid NOT NULL,
  source_type text NOT NULL CHECK (source_type ~ '^[a-z][a-z0-9_]{0,39}$'),
  source_id   uuid NOT NULL,
  invoice_id  uuid NOT NULL,
  line_no     smallint NOT NULL,
  PRIMARY KEY (tenant_id, source_type, source_id),
  FOREIGN KEY (tenant_id, invoice_id, line_no) REFERENCES invoice_line (tenant_id, invoice_id, line_no)
);
CREATE INDEX invoice_line_source_line_idx ON invoice_line_source (tenant_id, invoice_id, line_no);
ALTER TABLE invoice_line_source ENABLE ROW LEVEL SECURITY;
ALTER TABLE invoice_line_source FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON invoice_line_source
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Links are facts about issued invoices: never changed.
CREATE FUNCTION billing_line_source_guard() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    RAISE EXCEPTION 'billing_invoice_immutable: what an issued line bills cannot be changed'
      USING ERRCODE = 'integrity_constraint_violation';
  END $$;
CREATE TRIGGER billing_line_source_guard BEFORE UPDATE OR DELETE ON invoice_line_source
  FOR EACH ROW EXECUTE FUNCTION billing_line_source_guard();

-- A run of the invoices of a period: started by staff or the monthly job. Many runs of a period
-- may exist (a rerun after a crash carries on where the last one stopped); the invoices' own
-- unique key decides who is billed, the run only reports.
CREATE TABLE invoice_run (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  id           uuid NOT NULL,
  period       date NOT NULL CHECK (extract(day FROM period) = 1),
  trigger      text NOT NULL CHECK (trigger IN ('STAFF', 'SCHEDULE')),
  status       text NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED', 'INTERRUPTED')),
  started_by   uuid,
  payers       integer NOT NULL DEFAULT 0 CHECK (payers >= 0),
  processed    integer NOT NULL DEFAULT 0 CHECK (processed >= 0),
  issued       integer NOT NULL DEFAULT 0 CHECK (issued >= 0),
  skipped      integer NOT NULL DEFAULT 0 CHECK (skipped >= 0),
  failed       integer NOT NULL DEFAULT 0 CHECK (failed >= 0),
  total_amount numeric(16, 2) NOT NULL DEFAULT 0,
  error        text CHECK (char_length(error) <= 2000),
  started_at   timestamptz NOT NULL,
  heartbeat_at timestamptz NOT NULL,
  finished_at  timestamptz,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT invoice_run_finished CHECK ((status = 'RUNNING') = (finished_at IS NULL))
);
CREATE INDEX invoice_run_period_idx ON invoice_run (tenant_id, period, started_at);
ALTER TABLE invoice_run ENABLE ROW LEVEL SECURITY;
ALTER TABLE invoice_run FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON invoice_run
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Paid bookings of resources that do not draw on included hours (a studio) are lines of their own.
ALTER TABLE invoice_line DROP CONSTRAINT invoice_line_kind_check,
  ADD CONSTRAINT invoice_line_kind_check CHECK (kind IN ('MEMBERSHIP', 'ADDON', 'ROOM_OVERAGE',
    'BOOKING', 'SERVICE', 'DEVICE', 'BOOKING_EXTRA', 'LATE_USAGE', 'FREEZE_CREDIT', 'ONE_OFF',
    'DISCOUNT', 'TAX'));
ALTER TABLE credit_note_line DROP CONSTRAINT credit_note_line_kind_check,
  ADD CONSTRAINT credit_note_line_kind_check CHECK (kind IN ('MEMBERSHIP', 'ADDON', 'ROOM_OVERAGE',
    'BOOKING', 'SERVICE', 'DEVICE', 'BOOKING_EXTRA', 'LATE_USAGE', 'ONE_OFF', 'TAX'));

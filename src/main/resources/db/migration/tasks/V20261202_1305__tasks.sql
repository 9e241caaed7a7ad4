-- Staff to-dos: "Call Asel about renewal", "Chase invoice 2026-0042". A task may be about something
-- (subject_type + subject_id, e.g. 'member' and her id), is due on a date, assigned to a staff
-- account, and created by a person or by the system (created_by NULL). A job that creates tasks
-- gives each a dedupe_key, unique per tenant, so that running it twice, or on two nodes at once,
-- leaves one task.
CREATE TABLE task (
  tenant_id         uuid NOT NULL REFERENCES tenant (id),
  id                uuid NOT NULL,
  title             text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300 AND title = btrim(title)),
  details           text NOT NULL DEFAULT '' CHECK (char_length(details) <= 4000),
  due_on            date CHECK (due_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'),
  assignee_id       uuid,
  subject_type      text CHECK (subject_type ~ '^[a-z][a-z0-9-]{0,39}$'),
  subject_id        uuid,
  status            text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
  -- NULL: created by the system (a job); else the staff account that created it.
  created_by        uuid REFERENCES account (id),
  created_at        timestamptz NOT NULL,
  completed_at      timestamptz,
  completed_by      uuid REFERENCES account (id),
  dedupe_key        text CHECK (char_length(dedupe_key) BETWEEN 1 AND 200),
  PRIMARY KEY (tenant_id, id),
  -- Someone who leaves the coworking leaves their tasks unassigned, not lost.
  CONSTRAINT task_assignee_fk FOREIGN KEY (tenant_id, assignee_id)
    REFERENCES tenant_user (tenant_id, account_id) ON DELETE SET NULL (assignee_id),
  CONSTRAINT task_subject_check CHECK ((subject_type IS NULL) = (subject_id IS NULL)),
  CONSTRAINT task_done_check CHECK ((status = 'DONE') = (completed_at IS NOT NULL)),
  CONSTRAINT task_dedupe_key UNIQUE (tenant_id, dedupe_key)
);
CREATE INDEX task_open_idx ON task (tenant_id, status, due_on NULLS LAST, created_at);
CREATE INDEX task_assignee_idx ON task (tenant_id, assignee_id, status) WHERE assignee_id IS NOT NULL;
CREATE INDEX task_subject_idx ON task (tenant_id, subject_type, subject_id) WHERE subject_id IS NOT NULL;
ALTER TABLE task ENABLE ROW LEVEL SECURITY;
ALTER TABLE task FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON task
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Communication history and the email outbox: every message sent to a member is one row, kept
-- whether it went out or not. A QUEUED row is the outbox: written in the sender's transaction,
-- delivered after commit and retried with backoff until SENT or, after the last attempt, FAILED.
-- NOT_CONFIGURED: there was no mail server to send it through (it stays in the history). A job's
-- message carries a dedupe_key, unique per tenant, so running the job twice sends it once.
CREATE TABLE message (
  tenant_id       uuid NOT NULL REFERENCES tenant (id),
  id              uuid NOT NULL,
  member_id       uuid NOT NULL,
  channel         text NOT NULL DEFAULT 'EMAIL' CHECK (channel IN ('EMAIL')),
  to_address      text NOT NULL CHECK (char_length(to_address) BETWEEN 3 AND 254 AND position('@' IN to_address) > 1),
  subject         text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 300),
  body_text       text NOT NULL CHECK (char_length(body_text) BETWEEN 1 AND 100000),
  body_html       text CHECK (char_length(body_html) <= 200000),
  status          text NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'NOT_CONFIGURED')),
  attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz,
  last_error      text CHECK (char_length(last_error) <= 1000),
  sent_at         timestamptz,
  created_at      timestamptz NOT NULL,
  dedupe_key      text CHECK (char_length(dedupe_key) BETWEEN 1 AND 200),
  -- Orders messages written at the same instant as they were written.
  seq             bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT message_member_fk FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  CONSTRAINT message_dedupe_key UNIQUE (tenant_id, dedupe_key),
  CONSTRAINT message_sent_check CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
  CONSTRAINT message_queue_check CHECK ((status = 'QUEUED') = (next_attempt_at IS NOT NULL))
);
CREATE INDEX message_history_idx ON message (tenant_id, member_id, created_at DESC, seq DESC);
CREATE INDEX message_outbox_idx ON message (next_attempt_at) WHERE status = 'QUEUED';
ALTER TABLE message ENABLE ROW LEVEL SECURITY;
ALTER TABLE message FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON message
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- A message's files (an invoice PDF), in the order they were attached.
CREATE TABLE message_attachment (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  message_id   uuid NOT NULL,
  position     smallint NOT NULL CHECK (position BETWEEN 1 AND 20),
  filename     text NOT NULL CHECK (char_length(filename) BETWEEN 1 AND 200
                                    AND filename !~ '[/\\\r\n]'),
  content_type text NOT NULL CHECK (content_type ~ '^[a-z0-9!#$&^_.+-]+/[a-zA-Z0-9!#$&^_.+-]+$'),
  content      bytea NOT NULL CHECK (octet_length(content) <= 10485760),
  PRIMARY KEY (tenant_id, message_id, position),
  FOREIGN KEY (tenant_id, message_id) REFERENCES message (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE message_attachment ENABLE ROW LEVEL SECURITY;
ALTER TABLE message_attachment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON message_attachment
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- The outbox relay: which queued messages of any tenant are due (ids only); the relay then
-- delivers each in its own tenant's scope.
CREATE POLICY definer_access ON message TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE FUNCTION atrium_messages_due(p_now timestamptz, p_limit integer)
  RETURNS TABLE (tenant_id uuid, message_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT tenant_id, id FROM message
        WHERE status = 'QUEUED' AND next_attempt_at <= p_now
        ORDER BY next_attempt_at LIMIT least(p_limit, 1000) $$;
GRANT EXECUTE ON FUNCTION atrium_messages_due(timestamptz, integer) TO ${app_role};

-- Idempotency-Key: the first answer to a POST, replayed to retries for 24 h (scope: tenant and
-- caller). A row with a NULL status is a request still being processed.
CREATE TABLE idempotency_key (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  account_id   uuid NOT NULL,
  key          text NOT NULL CHECK (char_length(key) BETWEEN 1 AND 200),
  request_hash bytea NOT NULL,
  status       integer,
  content_type text,
  body         bytea,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, account_id, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (tenant_id, account_id, created_at);
ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_key FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON idempotency_key
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

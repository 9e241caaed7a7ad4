-- Members: companies, the people of the coworking, and the front desk's dated notes about them.
-- Search texts are lowercased by the application (Java's Unicode rules), not by lower(), so
-- Cyrillic and Kazakh search the same whatever locale the database was created with.

CREATE TABLE company (
  tenant_id   uuid NOT NULL REFERENCES tenant (id),
  id          uuid NOT NULL,
  name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  name_key    text NOT NULL CHECK (char_length(name_key) BETWEEN 1 AND 400),
  legal_name  text NOT NULL DEFAULT '' CHECK (char_length(legal_name) <= 300),
  tax_id      text NOT NULL DEFAULT '' CHECK (char_length(tax_id) <= 50),
  email       text NOT NULL DEFAULT '' CHECK (char_length(email) <= 254),
  phone       text NOT NULL DEFAULT '' CHECK (char_length(phone) <= 40),
  address     text NOT NULL DEFAULT '' CHECK (char_length(address) <= 500),
  notes       text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 4000),
  search_text text NOT NULL DEFAULT '' CHECK (char_length(search_text) <= 1200),
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
-- name_key: the name lowercased by the application; two companies may not differ only by case.
CREATE UNIQUE INDEX company_name_key ON company (tenant_id, name_key);
CREATE INDEX company_search_idx ON company USING gin (search_text gin_trgm_ops);
ALTER TABLE company ENABLE ROW LEVEL SECURITY;
ALTER TABLE company FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON company
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Tags: at most 20, each 1-30 characters, trimmed, lowercase, without commas, no repeats.
CREATE FUNCTION atrium_member_tags_valid(p_tags text[]) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT cardinality(p_tags) <= 20
           AND NOT EXISTS (SELECT 1 FROM unnest(p_tags) t
                           WHERE t IS NULL OR char_length(t) NOT BETWEEN 1 AND 30
                              OR t <> btrim(t) OR t <> lower(t) OR position(',' IN t) > 0)
           AND cardinality(p_tags) = (SELECT count(DISTINCT t) FROM unnest(p_tags) t) $$;
GRANT EXECUTE ON FUNCTION atrium_member_tags_valid(text[]) TO ${app_role};

CREATE TABLE member (
  tenant_id         uuid NOT NULL REFERENCES tenant (id),
  id                uuid NOT NULL,
  first_name        text NOT NULL CHECK (char_length(first_name) BETWEEN 1 AND 100),
  last_name         text NOT NULL DEFAULT '' CHECK (char_length(last_name) <= 100),
  -- NULL when unknown; stored lowercased by the application.
  email             text CHECK (email IS NULL OR (char_length(email) BETWEEN 3 AND 254 AND position('@' IN email) > 1)),
  phone             text NOT NULL DEFAULT '' CHECK (char_length(phone) <= 40),
  company_id        uuid,
  billed_to_company boolean NOT NULL DEFAULT false,
  tags              text[] NOT NULL DEFAULT '{}' CHECK (atrium_member_tags_valid(tags)),
  status            text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
  -- Her portal login; unlinked when her access to this coworking is revoked.
  account_id        uuid,
  search_text       text NOT NULL DEFAULT '' CHECK (char_length(search_text) <= 1200),
  created_at        timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT member_company_fkey FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  CONSTRAINT member_account_fkey FOREIGN KEY (tenant_id, account_id) REFERENCES tenant_user (tenant_id, account_id)
    ON DELETE SET NULL (account_id),
  CONSTRAINT member_billed_needs_company CHECK (company_id IS NOT NULL OR NOT billed_to_company)
);
-- One member per email and per login in a coworking (archived members included: restore them).
CREATE UNIQUE INDEX member_email_key ON member (tenant_id, email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX member_account_key ON member (tenant_id, account_id) WHERE account_id IS NOT NULL;
CREATE INDEX member_company_idx ON member (tenant_id, company_id) WHERE company_id IS NOT NULL;
CREATE INDEX member_name_idx ON member (tenant_id, status, last_name, first_name);
-- Without btree_gin the GIN indexes cannot lead with tenant_id; row-level security still filters.
CREATE INDEX member_search_idx ON member USING gin (search_text gin_trgm_ops);
CREATE INDEX member_tags_idx ON member USING gin (tags);
ALTER TABLE member ENABLE ROW LEVEL SECURITY;
ALTER TABLE member FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON member
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- The timeline of a member card: what the front desk learnt, who wrote it, when.
CREATE TABLE member_note (
  tenant_id         uuid NOT NULL REFERENCES tenant (id),
  id                uuid NOT NULL,
  member_id         uuid NOT NULL,
  text              text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 4000),
  -- NULL for notes written by the system or imported.
  author_account_id uuid REFERENCES account (id),
  -- The author's name when writing, kept even if the account is renamed or leaves.
  author_name       text NOT NULL CHECK (char_length(author_name) BETWEEN 1 AND 200),
  created_at        timestamptz NOT NULL,
  -- Orders notes written at the same instant as they were written.
  seq               bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX member_note_timeline_idx ON member_note (tenant_id, member_id, created_at DESC, seq DESC);
ALTER TABLE member_note ENABLE ROW LEVEL SECURITY;
ALTER TABLE member_note FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON member_note
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Platform: grants for the runtime role, the tenant directory, global accounts, tenant users,
-- API tokens, login throttling, HTTP sessions, and the narrow SECURITY DEFINER lookups that are
-- the only way app traffic crosses tenants.
-- Placeholder ${app_role}: the runtime role (no superuser, no BYPASSRLS, owns nothing).

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS pgcrypto;

GRANT USAGE ON SCHEMA public TO ${app_role};
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- The tenant served by the current transaction (set by the app at its start).
CREATE FUNCTION atrium_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
GRANT EXECUTE ON FUNCTION atrium_current_tenant() TO ${app_role};

CREATE TABLE tenant (
  id         uuid PRIMARY KEY,
  slug       text NOT NULL CONSTRAINT tenant_slug_key UNIQUE
             CONSTRAINT tenant_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name       text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  legal_name text NOT NULL DEFAULT '' CHECK (char_length(legal_name) <= 300),
  tax_id     text NOT NULL DEFAULT '' CHECK (char_length(tax_id) <= 50),
  currency   char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  tax_mode   text NOT NULL DEFAULT 'NONE' CHECK (tax_mode IN ('NONE', 'INCLUSIVE', 'EXCLUSIVE')),
  tax_rate   numeric(5, 2) NOT NULL DEFAULT 0 CHECK (tax_rate >= 0 AND tax_rate < 100),
  locale     text NOT NULL DEFAULT 'en' CHECK (locale IN ('ru', 'en', 'es')),
  demo       boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((tax_mode = 'NONE') = (tax_rate = 0))
);
ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant
  USING (id = atrium_current_tenant()) WITH CHECK (id = atrium_current_tenant());

-- Global identities: one login (email) that may belong to several tenants.
CREATE TABLE account (
  id            uuid PRIMARY KEY,
  email         text NOT NULL CONSTRAINT account_email_key UNIQUE
                CHECK (email = lower(email) AND char_length(email) BETWEEN 3 AND 254 AND position('@' in email) > 1),
  password_hash text,
  display_name  text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 200),
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tenant_user (
  tenant_id  uuid NOT NULL REFERENCES tenant (id),
  account_id uuid NOT NULL REFERENCES account (id),
  role       text NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'ACCOUNTANT', 'MEMBER')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, account_id)
);
CREATE INDEX tenant_user_account_idx ON tenant_user (account_id);
ALTER TABLE tenant_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_user FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant_user
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- A tenant sees the accounts of its own users and nothing else; writes go through functions.
ALTER TABLE account ENABLE ROW LEVEL SECURITY;
ALTER TABLE account FORCE ROW LEVEL SECURITY;
CREATE POLICY account_of_tenant ON account FOR SELECT
  USING (EXISTS (SELECT 1 FROM tenant_user tu
                 WHERE tu.account_id = account.id AND tu.tenant_id = atrium_current_tenant()));
REVOKE INSERT, UPDATE, DELETE ON account FROM ${app_role};

CREATE TABLE api_token (
  tenant_id  uuid NOT NULL REFERENCES tenant (id),
  id         uuid NOT NULL,
  account_id uuid NOT NULL REFERENCES account (id),
  token_hash bytea NOT NULL CONSTRAINT api_token_hash_key UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES tenant_user (tenant_id, account_id) ON DELETE CASCADE
);
ALTER TABLE api_token ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_token FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_token
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Failed sign-ins per subject ('account:<email>' or 'ip:<address>'), global by nature.
CREATE TABLE login_throttle (
  subject         text PRIMARY KEY CHECK (char_length(subject) <= 300),
  failures        integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  last_failure_at timestamptz,
  locked_until    timestamptz
);

-- Spring Session JDBC (sessions in PostgreSQL so any node can serve any user).
CREATE TABLE spring_session (
  primary_id            char(36) NOT NULL,
  session_id            char(36) NOT NULL,
  creation_time         bigint NOT NULL,
  last_access_time      bigint NOT NULL,
  max_inactive_interval integer NOT NULL,
  expiry_time           bigint NOT NULL,
  principal_name        varchar(100),
  CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);
CREATE TABLE spring_session_attributes (
  session_primary_id char(36) NOT NULL,
  attribute_name     varchar(200) NOT NULL,
  attribute_bytes    bytea NOT NULL,
  CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
  CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
    REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- The functions below run as the schema owner (SECURITY DEFINER); FORCE ROW LEVEL SECURITY holds
-- for the owner too, so the owner gets its own policies. The app never connects as the owner.
CREATE POLICY definer_access ON tenant TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY definer_access ON account TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY definer_access ON tenant_user TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY definer_access ON api_token TO CURRENT_USER USING (true) WITH CHECK (true);

-- ---------------------------------------------------------------------------------------------
-- The narrow cross-tenant lookups. Each returns only what its caller needs.
-- ---------------------------------------------------------------------------------------------

-- Sign-in: the account behind an email.
CREATE FUNCTION atrium_login_lookup(p_email text)
  RETURNS TABLE (account_id uuid, password_hash text, display_name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT id, password_hash, display_name FROM account WHERE email = lower(p_email) $$;

-- Sign-in: the tenants an account belongs to, with its role in each.
CREATE FUNCTION atrium_account_tenants(p_account uuid)
  RETURNS TABLE (tenant_id uuid, slug text, name text, locale text, role text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT t.id, t.slug, t.name, t.locale, tu.role
        FROM tenant_user tu JOIN tenant t ON t.id = tu.tenant_id
        WHERE tu.account_id = p_account ORDER BY tu.created_at, t.slug $$;

-- API: the tenant, account and role behind a live token (by its SHA-256).
CREATE FUNCTION atrium_token_lookup(p_hash bytea)
  RETURNS TABLE (tenant_id uuid, slug text, name text, locale text, account_id uuid,
                 email text, display_name text, role text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT t.id, t.slug, t.name, t.locale, a.id, a.email, a.display_name, tu.role
        FROM api_token k
        JOIN tenant t ON t.id = k.tenant_id
        JOIN account a ON a.id = k.account_id
        JOIN tenant_user tu ON tu.tenant_id = k.tenant_id AND tu.account_id = k.account_id
        WHERE k.token_hash = p_hash AND k.revoked_at IS NULL $$;

-- First run: is there any tenant yet?
CREATE FUNCTION atrium_has_tenants() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM tenant) $$;

-- Is this tenant slug taken (by anyone)?
CREATE FUNCTION atrium_slug_taken(p_slug text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM tenant WHERE slug = lower(p_slug)) $$;

-- The account for an email, created (without a password) when there is none yet.
CREATE FUNCTION atrium_account_ensure(p_email text, p_display_name text) RETURNS uuid
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE v_id uuid;
  BEGIN
    INSERT INTO account (id, email, display_name)
      VALUES (gen_random_uuid(), lower(trim(p_email)), p_display_name)
      ON CONFLICT (email) DO NOTHING
      RETURNING id INTO v_id;
    IF v_id IS NULL THEN
      SELECT id INTO v_id FROM account WHERE email = lower(trim(p_email));
    END IF;
    RETURN v_id;
  END $$;

-- Sets a password, but only for an account of the current tenant.
CREATE FUNCTION atrium_account_set_password(p_account uuid, p_hash text) RETURNS boolean
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ WITH changed AS (
          UPDATE account SET password_hash = p_hash
          WHERE id = p_account
            AND EXISTS (SELECT 1 FROM tenant_user tu WHERE tu.account_id = p_account
                        AND tu.tenant_id = atrium_current_tenant())
          RETURNING 1)
        SELECT EXISTS (SELECT 1 FROM changed) $$;

GRANT EXECUTE ON FUNCTION atrium_login_lookup(text), atrium_account_tenants(uuid),
  atrium_token_lookup(bytea), atrium_has_tenants(), atrium_slug_taken(text),
  atrium_account_ensure(text, text), atrium_account_set_password(uuid, text) TO ${app_role};

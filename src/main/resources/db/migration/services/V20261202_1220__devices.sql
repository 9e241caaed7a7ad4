-- Members' cards (credentials a device reads: a printer's or a coffee machine's card reader). A
-- card id is unique in a coworking; a member may hold several (a replacement, a key fob).
CREATE TABLE member_card (
  tenant_id  uuid NOT NULL REFERENCES tenant (id),
  card_id    text NOT NULL CHECK (card_id ~ '^[A-Z0-9][A-Z0-9:_-]{0,63}$'),
  member_id  uuid NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, card_id),
  CONSTRAINT member_card_member_fk
    FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX member_card_member_idx ON member_card (tenant_id, member_id);
ALTER TABLE member_card ENABLE ROW LEVEL SECURITY;
ALTER TABLE member_card FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON member_card
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Devices that report usage by themselves. A device authenticates with a secret of 256 random
-- bits shown once; only its SHA-256 is kept (a fast hash is right for a high-entropy secret).
-- demo: made by the demo seeder, which lets staff simulate its events from a page.
CREATE TABLE service_device (
  tenant_id          uuid NOT NULL REFERENCES tenant (id),
  id                 uuid NOT NULL,
  name               text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  kind               text NOT NULL CHECK (kind IN ('PRINTER', 'COFFEE_MACHINE', 'OTHER')),
  location_id        uuid NOT NULL,
  default_service_id uuid,
  secret_hash        bytea NOT NULL CONSTRAINT service_device_secret_key UNIQUE
                     CHECK (octet_length(secret_hash) = 32),
  status             text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'RETIRED')),
  demo               boolean NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT service_device_location_fk
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id),
  CONSTRAINT service_device_service_fk
    FOREIGN KEY (tenant_id, default_service_id) REFERENCES service (tenant_id, id)
);
ALTER TABLE service_device ENABLE ROW LEVEL SECURITY;
ALTER TABLE service_device FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON service_device
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());
-- For the lookup below, which runs as the schema owner (FORCE holds for the owner too).
CREATE POLICY definer_access ON service_device TO CURRENT_USER USING (true) WITH CHECK (true);

ALTER TABLE service_usage ADD CONSTRAINT service_usage_device_fk
  FOREIGN KEY (tenant_id, device_id) REFERENCES service_device (tenant_id, id);
ALTER TABLE service_usage ADD CONSTRAINT service_usage_device_source
  CHECK (source = 'DEVICE' OR device_id IS NULL);

-- A device's call: the tenant of a live device with this id and secret hash, nothing else.
CREATE FUNCTION atrium_device_lookup(p_device uuid, p_hash bytea) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT tenant_id FROM service_device
        WHERE id = p_device AND secret_hash = p_hash AND status = 'ACTIVE' $$;
GRANT EXECUTE ON FUNCTION atrium_device_lookup(uuid, bytea) TO ${app_role};

-- What devices reported, once per (device, its own event id): the unique key makes a repeated
-- report, even two at the same instant, count once. A report with a card no member holds is kept
-- UNRESOLVED for staff, who assign a member (then it is RECORDED) or dismiss it.
CREATE TABLE device_event (
  tenant_id        uuid NOT NULL REFERENCES tenant (id),
  id               uuid NOT NULL,
  device_id        uuid NOT NULL,
  device_event_id  text NOT NULL CHECK (char_length(device_event_id) BETWEEN 1 AND 100),
  card_id          text NOT NULL CHECK (char_length(card_id) BETWEEN 1 AND 64),
  service_id       uuid NOT NULL,
  quantity         numeric(12,2) NOT NULL CHECK (quantity > 0 AND quantity <= 100000),
  occurred_at      timestamptz NOT NULL,
  received_at      timestamptz NOT NULL,
  status           text NOT NULL CHECK (status IN ('RECORDED', 'UNRESOLVED', 'DISMISSED')),
  usage_id         uuid,
  resolved_at      timestamptz,
  resolved_by_name text CHECK (char_length(resolved_by_name) BETWEEN 1 AND 200),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT device_event_once UNIQUE (tenant_id, device_id, device_event_id),
  CONSTRAINT device_event_device_fk
    FOREIGN KEY (tenant_id, device_id) REFERENCES service_device (tenant_id, id),
  CONSTRAINT device_event_service_fk
    FOREIGN KEY (tenant_id, service_id) REFERENCES service (tenant_id, id),
  -- Deferred: the event claims its key first, then the usage it records is written.
  CONSTRAINT device_event_usage_fk
    FOREIGN KEY (tenant_id, usage_id) REFERENCES service_usage (tenant_id, id)
    DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT device_event_usage_iff_recorded CHECK ((status = 'RECORDED') = (usage_id IS NOT NULL))
);
CREATE INDEX device_event_unresolved_idx ON device_event (tenant_id, received_at)
  WHERE status = 'UNRESOLVED';
CREATE INDEX device_event_device_idx ON device_event (tenant_id, device_id, received_at);
ALTER TABLE device_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE device_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON device_event
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

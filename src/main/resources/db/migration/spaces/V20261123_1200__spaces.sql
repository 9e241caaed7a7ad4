-- Spaces: the tenant's catalogue of resource types, the resources of each location, the units a
-- booking occupies (one occupancy row per unit, in the booking module), and the parts of composite
-- resources. Kinds are carried under foreign keys so the database itself keeps them consistent:
-- only EXCLUSIVE and CAPACITY resources have units, an EXCLUSIVE one has exactly unit number 1,
-- and a composite is made only of EXCLUSIVE resources of its own location.

-- Amenities: at most 30 labels of 1 to 60 characters each.
CREATE FUNCTION spaces_amenities_ok(p_amenities text[]) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(cardinality(p_amenities), 0) <= 30
           AND coalesce((SELECT bool_and(a IS NOT NULL AND char_length(a) BETWEEN 1 AND 60)
                         FROM unnest(p_amenities) a), true) $$;
GRANT EXECUTE ON FUNCTION spaces_amenities_ok(text[]) TO ${app_role};

CREATE TABLE resource_type (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  id           uuid NOT NULL,
  code         text NOT NULL CONSTRAINT resource_type_code_format
               CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name         text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  kind         text NOT NULL CHECK (kind IN ('EXCLUSIVE', 'CAPACITY', 'COMPOSITE')),
  bookable     boolean NOT NULL DEFAULT true,
  slot_minutes integer NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 5 AND 1440),
  min_minutes  integer NOT NULL DEFAULT 30,
  max_minutes  integer,
  booked_by    text NOT NULL DEFAULT 'MEMBERS' CHECK (booked_by IN ('MEMBERS', 'STAFF_ONLY')),
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT resource_type_code_key UNIQUE (tenant_id, code),
  -- Lets resources carry their kind under a foreign key: a type's kind cannot change under them.
  CONSTRAINT resource_type_kind_key UNIQUE (tenant_id, id, kind),
  CONSTRAINT resource_type_min_minutes
    CHECK (min_minutes BETWEEN slot_minutes AND 44640 AND min_minutes % slot_minutes = 0),
  CONSTRAINT resource_type_max_minutes
    CHECK (max_minutes IS NULL
           OR (max_minutes BETWEEN min_minutes AND 44640 AND max_minutes % slot_minutes = 0))
);
CREATE UNIQUE INDEX resource_type_name_key ON resource_type (tenant_id, lower(name));
ALTER TABLE resource_type ENABLE ROW LEVEL SECURITY;
ALTER TABLE resource_type FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON resource_type
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

CREATE TABLE resource (
  tenant_id   uuid NOT NULL REFERENCES tenant (id),
  id          uuid NOT NULL,
  location_id uuid NOT NULL,
  type_id     uuid NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('EXCLUSIVE', 'CAPACITY', 'COMPOSITE')),
  name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
  seats       integer CHECK (seats BETWEEN 1 AND 1000),
  zone        text NOT NULL DEFAULT '' CHECK (char_length(zone) <= 100),
  amenities   text[] NOT NULL DEFAULT '{}' CONSTRAINT resource_amenities_check
              CHECK (spaces_amenities_ok(amenities)),
  -- Units of a CAPACITY resource are labelled "<unit_label> <number>"; others have none.
  unit_label  text CHECK (char_length(unit_label) BETWEEN 1 AND 40),
  status      text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT resource_kind_key UNIQUE (tenant_id, id, kind),
  CONSTRAINT resource_location_kind_key UNIQUE (tenant_id, id, location_id, kind),
  FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id),
  CONSTRAINT resource_type_fk
    FOREIGN KEY (tenant_id, type_id, kind) REFERENCES resource_type (tenant_id, id, kind),
  CONSTRAINT resource_unit_label_only_capacity CHECK ((kind = 'CAPACITY') = (unit_label IS NOT NULL))
);
CREATE UNIQUE INDEX resource_name_key ON resource (tenant_id, location_id, lower(name))
  WHERE status = 'ACTIVE';
CREATE INDEX resource_type_idx ON resource (tenant_id, type_id);
ALTER TABLE resource ENABLE ROW LEVEL SECURITY;
ALTER TABLE resource FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON resource
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- What a booking occupies: one row per desk, locker, spot; exactly one for an exclusive resource.
CREATE TABLE resource_unit (
  tenant_id     uuid NOT NULL REFERENCES tenant (id),
  id            uuid NOT NULL,
  resource_id   uuid NOT NULL,
  resource_kind text NOT NULL CHECK (resource_kind IN ('EXCLUSIVE', 'CAPACITY')),
  number        integer NOT NULL CHECK (number BETWEEN 1 AND 500),
  label         text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 200),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT resource_unit_number_key UNIQUE (tenant_id, resource_id, number),
  FOREIGN KEY (tenant_id, resource_id, resource_kind)
    REFERENCES resource (tenant_id, id, kind) ON DELETE CASCADE,
  CONSTRAINT resource_unit_exclusive_one CHECK (resource_kind = 'CAPACITY' OR number = 1)
);
ALTER TABLE resource_unit ENABLE ROW LEVEL SECURITY;
ALTER TABLE resource_unit FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON resource_unit
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- A composite (event zone = Hall A + Hall B) and its parts: exclusive resources of its location.
CREATE TABLE resource_part (
  tenant_id      uuid NOT NULL REFERENCES tenant (id),
  composite_id   uuid NOT NULL,
  part_id        uuid NOT NULL,
  location_id    uuid NOT NULL,
  composite_kind text NOT NULL DEFAULT 'COMPOSITE' CHECK (composite_kind = 'COMPOSITE'),
  part_kind      text NOT NULL DEFAULT 'EXCLUSIVE' CHECK (part_kind = 'EXCLUSIVE'),
  position       smallint NOT NULL CHECK (position BETWEEN 1 AND 20),
  PRIMARY KEY (tenant_id, composite_id, part_id),
  CONSTRAINT resource_part_position_key UNIQUE (tenant_id, composite_id, position),
  CONSTRAINT resource_part_composite_fk FOREIGN KEY (tenant_id, composite_id, location_id, composite_kind)
    REFERENCES resource (tenant_id, id, location_id, kind) ON DELETE CASCADE,
  CONSTRAINT resource_part_part_fk FOREIGN KEY (tenant_id, part_id, location_id, part_kind)
    REFERENCES resource (tenant_id, id, location_id, kind),
  CHECK (composite_id <> part_id)
);
CREATE INDEX resource_part_part_idx ON resource_part (tenant_id, part_id);
ALTER TABLE resource_part ENABLE ROW LEVEL SECURITY;
ALTER TABLE resource_part FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON resource_part
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

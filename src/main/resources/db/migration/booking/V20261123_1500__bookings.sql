-- Bookings and the occupancy rows that make double booking impossible: a booking writes one row
-- per unit it takes (a room: one; any free desk: one of N; an event zone: its parts' units), and
-- an exclusion constraint refuses two overlapping rows for one unit, whatever channel, node or
-- timing. Cancelling deletes the rows; the booking stays for history.

CREATE TABLE booking (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  id           uuid NOT NULL,
  location_id  uuid NOT NULL,
  resource_id  uuid NOT NULL,
  member_id    uuid,
  guest_name   text CHECK (char_length(guest_name) BETWEEN 1 AND 200),
  during       tstzrange NOT NULL,
  status       text NOT NULL DEFAULT 'CONFIRMED' CHECK (status IN ('CONFIRMED', 'CANCELLED')),
  channel      text NOT NULL CHECK (channel IN ('DESK', 'PORTAL', 'API', 'TELEGRAM')),
  note         text NOT NULL DEFAULT '' CHECK (char_length(note) <= 1000),
  series_id    uuid,
  created_by   uuid,
  created_at   timestamptz NOT NULL DEFAULT now(),
  cancelled_at timestamptz,
  cancelled_by uuid,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id),
  FOREIGN KEY (tenant_id, resource_id) REFERENCES resource (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  CONSTRAINT booking_who CHECK (member_id IS NOT NULL OR guest_name IS NOT NULL),
  CONSTRAINT booking_during_valid
    CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)
           AND NOT lower_inf(during) AND NOT upper_inf(during)),
  CONSTRAINT booking_cancelled CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
CREATE INDEX booking_resource_during_idx ON booking USING gist (tenant_id, resource_id, during);
CREATE INDEX booking_location_during_idx ON booking USING gist (tenant_id, location_id, during);
CREATE INDEX booking_member_idx ON booking (tenant_id, member_id, lower(during));
ALTER TABLE booking ENABLE ROW LEVEL SECURITY;
ALTER TABLE booking FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON booking
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

CREATE TABLE occupancy (
  tenant_id  uuid NOT NULL,
  booking_id uuid NOT NULL,
  unit_id    uuid NOT NULL,
  during     tstzrange NOT NULL,
  PRIMARY KEY (tenant_id, booking_id, unit_id),
  FOREIGN KEY (tenant_id, booking_id) REFERENCES booking (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, unit_id) REFERENCES resource_unit (tenant_id, id),
  CONSTRAINT occupancy_no_overlap
    EXCLUDE USING gist (tenant_id WITH =, unit_id WITH =, during WITH &&)
);
ALTER TABLE occupancy ENABLE ROW LEVEL SECURITY;
ALTER TABLE occupancy FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON occupancy
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Who booked, changed or cancelled what, through which channel, when.
CREATE TABLE booking_audit (
  tenant_id  uuid NOT NULL REFERENCES tenant (id),
  id         bigint GENERATED ALWAYS AS IDENTITY,
  booking_id uuid NOT NULL,
  action     text NOT NULL CHECK (action IN ('BOOKED', 'RESCHEDULED', 'CANCELLED')),
  channel    text NOT NULL CHECK (channel IN ('DESK', 'PORTAL', 'API', 'TELEGRAM')),
  actor_id   uuid,
  actor_name text CHECK (char_length(actor_name) <= 200),
  detail     text NOT NULL DEFAULT '' CHECK (char_length(detail) <= 1000),
  at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, booking_id) REFERENCES booking (tenant_id, id)
);
CREATE INDEX booking_audit_booking_idx ON booking_audit (tenant_id, booking_id);
ALTER TABLE booking_audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE booking_audit FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON booking_audit
  USING (tenant_id = atrium_current_tenant()) WITH CHECK (tenant_id = atrium_current_tenant());

-- Booking extras: a service may be offered on bookings (a projector with a room, a coffee break per
-- person). An extra ticked on a booking is recorded as the member's usage at the booking's start,
-- in the booking's own transaction, and names the booking; a cancellation in time takes it back as
-- a correction that names the same booking. The booking's frozen price stays the room's: the
-- extras are billed through these rows only, so never twice.
ALTER TABLE service ADD COLUMN booking_extra boolean NOT NULL DEFAULT false;

ALTER TABLE service_usage ADD COLUMN booking_id uuid;
ALTER TABLE service_usage DROP CONSTRAINT service_usage_source_check;
ALTER TABLE service_usage ADD CONSTRAINT service_usage_source_check
  CHECK (source IN ('STAFF', 'MEMBER', 'DEVICE', 'BOOKING'));
-- A row recorded with a booking names it, and only such a row does.
ALTER TABLE service_usage ADD CONSTRAINT service_usage_booking_source
  CHECK ((source = 'BOOKING') = (booking_id IS NOT NULL));
ALTER TABLE service_usage ADD CONSTRAINT service_usage_booking_fk
  FOREIGN KEY (tenant_id, booking_id) REFERENCES booking (tenant_id, id);
-- One entry per service and booking (its quantity says how many); corrections come on top.
CREATE UNIQUE INDEX service_usage_booking_extra_key ON service_usage (tenant_id, booking_id, service_id)
  WHERE booking_id IS NOT NULL AND corrects_id IS NULL;
CREATE INDEX service_usage_booking_idx ON service_usage (tenant_id, booking_id)
  WHERE booking_id IS NOT NULL;

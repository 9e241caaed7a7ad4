-- Whether bookings of a type draw on the plan's included meeting-room hours, and its cancellation
-- policy: a booking cancelled at least free_cancel_minutes before it starts gives back what it used
-- and costs nothing (NULL: until it starts); a later cancellation keeps both.
ALTER TABLE resource_type
  ADD COLUMN uses_room_hours boolean NOT NULL DEFAULT false,
  ADD COLUMN free_cancel_minutes integer
    CONSTRAINT resource_type_free_cancel_minutes CHECK (free_cancel_minutes BETWEEN 0 AND 43200);

-- How much of a booking the member's included meeting-room hours cover, and her balance before
-- it (left of granted; NULL: unlimited), frozen with its price (NULL hours: it draws on none); and
-- whether it was cancelled too late to be free: then its included hours stay used and its
-- price stays due.
ALTER TABLE booking
  ADD COLUMN included_hours numeric(6,2) CONSTRAINT booking_included_hours CHECK (included_hours >= 0),
  ADD COLUMN included_left numeric(10,2),
  ADD COLUMN included_granted numeric(10,2),
  ADD COLUMN late_cancel boolean NOT NULL DEFAULT false,
  ADD CONSTRAINT booking_late_cancel CHECK (NOT late_cancel OR status = 'CANCELLED');

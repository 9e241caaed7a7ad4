-- The price shown at booking is the price charged: the quote is frozen on the booking when it is
-- made (and again when it is moved), total and explaining lines, in the tenant's currency then.
-- Later changes to the price list never touch it. Bookings made before pricing existed have none.
ALTER TABLE booking
  ADD COLUMN price_amount   numeric(14,2) CHECK (price_amount >= 0),
  ADD COLUMN price_currency text CHECK (price_currency ~ '^[A-Z]{3}$'),
  ADD COLUMN price_lines    jsonb CHECK (jsonb_typeof(price_lines) = 'array'),
  ADD CONSTRAINT booking_price_whole
    CHECK ((price_amount IS NULL) = (price_currency IS NULL)
           AND (price_amount IS NULL) = (price_lines IS NULL));

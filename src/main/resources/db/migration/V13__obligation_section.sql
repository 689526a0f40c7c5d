-- The section an obligation is owed in, for the types whose units owe every section each period (air quality, water
-- quality and drinking-water sources each half-month); null where the unit files the record where it fits.
ALTER TABLE gk_obligation ADD COLUMN section_key VARCHAR(64);

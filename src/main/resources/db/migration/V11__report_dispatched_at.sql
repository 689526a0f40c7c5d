-- When 信访处 handed the report to a unit: the handling's 20 working days count from this day, and the lookup shows it.
ALTER TABLE gk_report ADD COLUMN dispatched_at TIMESTAMP WITH TIME ZONE;

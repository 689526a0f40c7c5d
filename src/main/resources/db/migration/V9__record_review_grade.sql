-- The review grade (分级审核) a record was first sent to review with: decided once and kept with the record, so a
-- resubmission can raise it (a flag added) but never lower it below what a reviewer already saw.
ALTER TABLE gk_record ADD COLUMN review_grade INT;

-- One row per sender address (its hash): a report locks its sender's row, so that counting the last hour's reports
-- and inserting the new one happen one sender at a time, on every node sharing the database.
CREATE TABLE gk_report_sender (
    address_hash VARCHAR(64) PRIMARY KEY
);

-- Lookups that read every row before these indexes (PostgreSQL indexes no referencing column by itself):
-- a record's obligations, read at every drafting step, on the drafting form and on the data and report pages;
-- whether an attachment belongs to a published version, at every public download of one;
-- the column's newest records across sections, on the home page and the search without a section;
-- the records a person drafted or submitted, on every view of their workspace.
CREATE INDEX gk_obligation_record ON gk_obligation (record_id);
CREATE INDEX gk_version_attachment_attachment ON gk_version_attachment (attachment_id);
CREATE INDEX gk_column_entry_published ON gk_column_entry (published_at, version_id);
CREATE INDEX gk_record_drafter ON gk_record (drafter_id);
CREATE INDEX gk_record_version_submitter ON gk_record_version (submitted_by, record_id);

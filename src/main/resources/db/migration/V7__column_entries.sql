-- What the column lists: each record once, by its current published version, until it is retracted. A read model
-- kept beside the immutable published versions, so that a section's list and count read one narrow index.
CREATE TABLE gk_column_entry (
    record_id       BIGINT       NOT NULL PRIMARY KEY REFERENCES gk_record (id),
    version_id      BIGINT       NOT NULL REFERENCES gk_published_version (id),
    section_key     VARCHAR(64)  NOT NULL,
    unit_id         VARCHAR(64)  NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX gk_column_entry_section ON gk_column_entry (section_key, published_at, version_id);

INSERT INTO gk_column_entry (record_id, version_id, section_key, unit_id, published_at)
SELECT p.record_id, p.id, p.section_key, p.unit_id, p.published_at
FROM gk_published_version p
WHERE NOT EXISTS (SELECT 1 FROM gk_published_version newer WHERE newer.record_id = p.record_id AND newer.id > p.id)
  AND NOT EXISTS (SELECT 1 FROM gk_record_change c WHERE c.record_id = p.record_id AND c.kind = 'RETRACTION'
                  AND c.status = 'EFFECTIVE');

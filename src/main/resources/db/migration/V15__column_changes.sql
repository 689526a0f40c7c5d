-- The column's changes in the order they took effect, for a site that copies the column by polling
-- /api/column/changes?since=<seq>: each first publication, each correction (a new version replacing one of the same
-- record) and each retraction. Written in the transaction that publishes the version or makes the retraction
-- effective; never updated or deleted.
CREATE TABLE gk_column_change (
    seq                   BIGINT       NOT NULL PRIMARY KEY,
    kind                  VARCHAR(16)  NOT NULL,
    record_id             BIGINT       NOT NULL REFERENCES gk_record (id),
    -- The version now on the column, or for a retraction the version it took off.
    version_id            BIGINT       NOT NULL REFERENCES gk_published_version (id),
    -- The version a correction replaced.
    replaced_version_id   BIGINT       REFERENCES gk_published_version (id),
    -- The correction or retraction (its public reason); null for a first publication.
    change_id             BIGINT       REFERENCES gk_record_change (id),
    section_key           VARCHAR(64)  NOT NULL,
    effective_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT gk_column_change_kind CHECK (kind IN ('PUBLISHED', 'CORRECTED', 'RETRACTED'))
);
CREATE INDEX gk_column_change_record ON gk_column_change (record_id, kind);

-- The last seq given out. Not an identity or a sequence: their numbers are taken when a row is inserted, not when it
-- commits, so a poller could read 11 before a slower transaction commits 10, and never see 10. Every writer updates
-- this one row, holding its lock until commit, so numbers are committed in the order they are given.
CREATE TABLE gk_column_change_seq (
    id                    INT          NOT NULL PRIMARY KEY,
    last_seq              BIGINT       NOT NULL,
    CONSTRAINT gk_column_change_seq_one CHECK (id = 1)
);

-- What happened before this table, in the order it happened; a retraction after whatever it took off.
INSERT INTO gk_column_change (seq, kind, record_id, version_id, replaced_version_id, change_id, section_key, effective_at)
SELECT ROW_NUMBER() OVER (ORDER BY t.effective_at, t.version_id, t.ord), t.kind, t.record_id, t.version_id,
       t.replaced_version_id, t.change_id, t.section_key, t.effective_at
FROM (
    SELECT CASE WHEN c.id IS NULL THEN 'PUBLISHED' ELSE 'CORRECTED' END AS kind, p.record_id, p.id AS version_id,
           c.previous_version_id AS replaced_version_id, c.id AS change_id, p.section_key,
           p.published_at AS effective_at, 0 AS ord
    FROM gk_published_version p
    LEFT JOIN gk_record_change c ON c.published_version_id = p.id AND c.kind = 'CORRECTION' AND c.status = 'EFFECTIVE'
    UNION ALL
    SELECT 'RETRACTED', c.record_id, c.previous_version_id, CAST(NULL AS BIGINT), c.id, p.section_key,
           c.decided_at, 1
    FROM gk_record_change c JOIN gk_published_version p ON p.id = c.previous_version_id
    WHERE c.kind = 'RETRACTION' AND c.status = 'EFFECTIVE'
) t;

INSERT INTO gk_column_change_seq (id, last_seq) SELECT 1, COALESCE(MAX(seq), 0) FROM gk_column_change;

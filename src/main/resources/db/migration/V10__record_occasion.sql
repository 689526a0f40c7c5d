-- What a record answers when only one record of its type may answer it (the office's notice of a month: "2031-05"),
-- unique per type, so that a second click or a second node finds the first record instead of drafting another.
ALTER TABLE gk_record ADD COLUMN occasion VARCHAR(64);
CREATE UNIQUE INDEX gk_record_type_occasion ON gk_record (type_key, occasion);

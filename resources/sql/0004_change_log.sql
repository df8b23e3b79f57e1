-- Zhibiao schema, version 4: who changed the bureau's own records (the catalogue, the org
-- units, the users and the profile), and from what to what, kept like the figures' audit
-- log: appended in the same transaction as the change, never edited.

CREATE TABLE change_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    user_name  TEXT NOT NULL,
    entity     TEXT NOT NULL CHECK (entity IN ('indicator', 'org_unit', 'user', 'profile')),
    entity_key TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT,
    note       TEXT NOT NULL DEFAULT ''
);

CREATE INDEX change_log_subject ON change_log (entity, entity_key);

CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change log cannot be changed');
END;

CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change log cannot be changed');
END;

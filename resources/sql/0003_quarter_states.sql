-- Zhibiao schema, version 3: the reporting workflow. A quarter of an org unit is open,
-- submitted, approved or returned; every change of state is logged.

CREATE TABLE quarter_states (
    org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
    year        INTEGER NOT NULL,
    quarter     INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    state       TEXT NOT NULL CHECK (state IN ('open', 'submitted', 'approved', 'returned')),
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (org_unit_id, year, quarter)
);

CREATE TABLE quarter_state_log (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    user_name     TEXT NOT NULL,
    org_unit_code TEXT NOT NULL,
    year          INTEGER NOT NULL,
    quarter       INTEGER NOT NULL,
    action        TEXT NOT NULL,
    old_state     TEXT NOT NULL,
    new_state     TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT ''
);

CREATE TRIGGER quarter_state_log_no_update BEFORE UPDATE ON quarter_state_log
BEGIN
    SELECT RAISE(ABORT, 'the quarter state log cannot be changed');
END;

CREATE TRIGGER quarter_state_log_no_delete BEFORE DELETE ON quarter_state_log
BEGIN
    SELECT RAISE(ABORT, 'the quarter state log cannot be changed');
END;

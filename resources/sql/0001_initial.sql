-- Zhibiao schema, version 1.
-- A statement ends at a line that starts in the first column and ends with ';'.
-- Statements inside a trigger body are indented.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE org_units (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    parent_code TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE indicators (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    category    TEXT NOT NULL,
    subcategory TEXT NOT NULL DEFAULT '',
    name        TEXT NOT NULL,
    unit        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('cumulative', 'stock', 'rate', 'growth')),
    direction   TEXT NOT NULL CHECK (direction IN ('higher', 'ceiling')),
    precision   INTEGER NOT NULL CHECK (precision BETWEEN 0 AND 6),
    parent_code TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    schedule    TEXT,
    retired     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE users (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('staff', 'leader', 'admin')),
    org_unit_code TEXT NOT NULL DEFAULT ''
);

CREATE TABLE targets (
    id           INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    org_unit_id  INTEGER NOT NULL REFERENCES org_units(id),
    year         INTEGER NOT NULL,
    value        REAL NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (indicator_id, org_unit_id, year)
);

CREATE TABLE figures (
    id           INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    org_unit_id  INTEGER NOT NULL REFERENCES org_units(id),
    year         INTEGER NOT NULL,
    quarter      INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    value        REAL NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (org_unit_id, year, indicator_id, quarter)
);

CREATE TABLE narratives (
    id         INTEGER PRIMARY KEY,
    year       INTEGER NOT NULL,
    section    TEXT NOT NULL,
    theme      TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    body       TEXT NOT NULL DEFAULT '',
    UNIQUE (year, section, theme)
);

CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    user_name      TEXT NOT NULL,
    entity         TEXT NOT NULL CHECK (entity IN ('figure', 'target')),
    indicator_code TEXT NOT NULL,
    org_unit_code  TEXT NOT NULL,
    year           INTEGER NOT NULL,
    quarter        INTEGER,
    old_value      REAL,
    new_value      REAL,
    note           TEXT NOT NULL DEFAULT ''
);

-- The audit log is append-only: the program never edits or deletes it.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;

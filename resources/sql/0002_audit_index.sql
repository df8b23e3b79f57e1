-- Zhibiao schema, version 2: the history of one figure (who changed it, when, from what)
-- is read per cell; an index keeps that a lookup instead of a scan of the whole log.

CREATE INDEX audit_log_subject ON audit_log (indicator_code, org_unit_code, year, quarter);

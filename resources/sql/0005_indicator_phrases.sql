-- Zhibiao schema, version 5: each indicator carries its own phrasing for the report — the
-- phrase that states it ("发放创业担保贷款{value}") and clause overrides ("key=template; …")
-- — so that a phrase written for one bureau's indicator never reaches another bureau's
-- indicator that happens to share its code. Empty: the defaults from kind and direction.

ALTER TABLE indicators ADD COLUMN phrase TEXT NOT NULL DEFAULT '';

ALTER TABLE indicators ADD COLUMN phrase_clauses TEXT NOT NULL DEFAULT '';

-- Zhibiao schema, version 6: two indexes for reads that grow with the years of history.
-- figures_period: the window's year chooser and its starting quarter are found by a few
-- index seeks instead of reading every figure of every year (a bureau with ten years of
-- figures took seconds to open). targets_org_year: the status table reads one org unit's
-- targets of one year; the unique key (indicator, org unit, year) cannot serve that, so
-- every target of every year was scanned.

CREATE INDEX figures_period ON figures (year, quarter);

CREATE INDEX targets_org_year ON targets (org_unit_id, year);

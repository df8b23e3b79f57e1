-- Zhibiao schema, version 7: targets_year lets the window's year chooser find the years
-- that have targets by one index seek per year, as figures_period does for the figures;
-- without it every target of every year was read before the window could paint.

CREATE INDEX targets_year ON targets (year);

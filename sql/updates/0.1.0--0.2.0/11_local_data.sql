
-- ===========================================================================
-- A DBA's data survives DROP EXTENSION (refused without CASCADE while any
-- configuration table holds rows pg_dump keeps) and pg_restore -j (no foreign
-- key between configuration tables); the local-calendar cache is keyed by the
-- calendar row's version, read under the statement's snapshot.
-- ===========================================================================

DROP TRIGGER calendar_invalidate ON ttg.calendar;
DROP TRIGGER calendar_invalidate ON ttg.calendar_closure;
DROP FUNCTION ttg.calendar_invalidate();

-- The key lost closures restored before their calendar; triggers keep the link.
ALTER TABLE ttg.calendar_closure DROP CONSTRAINT calendar_closure_calendar_fkey;
ALTER TABLE ttg.calendar_closure ADD CONSTRAINT calendar_closure_calendar_check CHECK (calendar <> '');
COMMENT ON TABLE ttg.calendar IS
  'Local calendars loaded with ttg.load_calendar: one row per calendar. A DBA''s data: pg_dump keeps it and DROP EXTENSION ttg refuses while it is here (CASCADE drops it). Inserting a name that exists updates its row; a closure for a name not here creates it.';
COMMENT ON TABLE ttg.calendar_closure IS
  'Days a local office is closed although they are not bank holidays; weekend days are accepted and change nothing. A DBA''s data, kept like ttg.calendar; a closure for a calendar not in ttg.calendar creates it, deleting a calendar deletes its closures.';

COMMENT ON FUNCTION ttg.is_business_day(date, text) IS
  'As is_business_day(d), and not a closure of the named local calendar (cached per backend, keyed by the calendar row''s version read under the statement''s snapshot). Unknown calendar: 22023.';

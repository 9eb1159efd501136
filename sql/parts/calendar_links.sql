-- Local calendars and their closures, linked by triggers (new in 0.2.0: the update
-- links to this file).

-- The link between a calendar and its closures, kept by triggers (a parent row and
-- its children, in either restore order, converge on what was dumped):
--  * a calendar inserted under a name that exists updates that row (a restore that
--    loads the calendar after its closures keeps the dumped loaded_at and loaded_by);
--  * closures inserted, changed or deleted touch their calendar's row, creating it
--    when missing: the row's version (xmin, ctid) then changes with every change of
--    its closures, and the per-backend cache is keyed by it;
--  * deleting, renaming or truncating calendars does the same to their closures.
CREATE FUNCTION ttg.calendar_merge() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
BEGIN
  UPDATE ttg.calendar AS c SET loaded_at = NEW.loaded_at, loaded_by = NEW.loaded_by
   WHERE c.name OPERATOR(pg_catalog.=) NEW.name;
  IF FOUND THEN
    RETURN NULL;
  END IF;
  RETURN NEW;
END $$;
COMMENT ON FUNCTION ttg.calendar_merge() IS
  'Row trigger before INSERT on ttg.calendar: a name that exists updates its loaded_at and loaded_by instead, so a restore converges whichever table it loads first.';
CREATE TRIGGER calendar_merge BEFORE INSERT ON ttg.calendar
  FOR EACH ROW EXECUTE FUNCTION ttg.calendar_merge();

CREATE FUNCTION ttg.calendar_cascade() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
BEGIN
  IF TG_OP OPERATOR(pg_catalog.=) 'TRUNCATE' THEN
    TRUNCATE ttg.calendar_closure;
  ELSIF TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN
    DELETE FROM ttg.calendar_closure AS cc
     WHERE cc.calendar OPERATOR(pg_catalog.=) ANY (SELECT o.name FROM old_calendars AS o);
  ELSIF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' AND NEW.name OPERATOR(pg_catalog.<>) OLD.name THEN
    UPDATE ttg.calendar_closure AS cc SET calendar = NEW.name
     WHERE cc.calendar OPERATOR(pg_catalog.=) OLD.name;
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION ttg.calendar_cascade() IS
  'Triggers after DELETE, UPDATE OF name and TRUNCATE on ttg.calendar: the closures of a deleted calendar are deleted, of a renamed one renamed, of all of them truncated.';
CREATE TRIGGER calendar_cascade_delete AFTER DELETE ON ttg.calendar
  REFERENCING OLD TABLE AS old_calendars
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_cascade();
CREATE TRIGGER calendar_cascade_rename AFTER UPDATE OF name ON ttg.calendar
  FOR EACH ROW EXECUTE FUNCTION ttg.calendar_cascade();
CREATE TRIGGER calendar_cascade_truncate AFTER TRUNCATE ON ttg.calendar
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_cascade();

CREATE FUNCTION ttg.calendar_closure_touch() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
BEGIN
  -- A touch writes a new row version and changes nothing else.
  IF TG_OP OPERATOR(pg_catalog.=) 'TRUNCATE' THEN
    UPDATE ttg.calendar AS c SET loaded_at = c.loaded_at;
  ELSIF TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN
    UPDATE ttg.calendar AS c SET loaded_at = c.loaded_at
     WHERE c.name OPERATOR(pg_catalog.=) ANY (SELECT o.calendar FROM old_closures AS o);
  ELSE
    IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' THEN
      UPDATE ttg.calendar AS c SET loaded_at = c.loaded_at
       WHERE c.name OPERATOR(pg_catalog.=) ANY (SELECT o.calendar FROM old_closures AS o)
         AND c.name OPERATOR(pg_catalog.<>) ALL (SELECT n.calendar FROM new_closures AS n);
    END IF;
    UPDATE ttg.calendar AS c SET loaded_at = c.loaded_at
     WHERE c.name OPERATOR(pg_catalog.=) ANY (SELECT n.calendar FROM new_closures AS n);
    INSERT INTO ttg.calendar (name)
      SELECT DISTINCT n.calendar FROM new_closures AS n
       WHERE NOT EXISTS (SELECT 1 FROM ttg.calendar AS c WHERE c.name OPERATOR(pg_catalog.=) n.calendar);
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION ttg.calendar_closure_touch() IS
  'Statement triggers after INSERT, UPDATE, DELETE and TRUNCATE on ttg.calendar_closure: touch the calendars whose closures changed (a new row version, the key of the per-backend cache), creating a calendar a new closure names.';
CREATE TRIGGER calendar_closure_touch_insert AFTER INSERT ON ttg.calendar_closure
  REFERENCING NEW TABLE AS new_closures
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_closure_touch();
CREATE TRIGGER calendar_closure_touch_update AFTER UPDATE ON ttg.calendar_closure
  REFERENCING OLD TABLE AS old_closures NEW TABLE AS new_closures
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_closure_touch();
CREATE TRIGGER calendar_closure_touch_delete AFTER DELETE ON ttg.calendar_closure
  REFERENCING OLD TABLE AS old_closures
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_closure_touch();
CREATE TRIGGER calendar_closure_touch_truncate AFTER TRUNCATE ON ttg.calendar_closure
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_closure_touch();

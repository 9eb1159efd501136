-- calendar_local: local calendars loaded from CSV with libcsv.
SET DateStyle = 'ISO, YMD';

-- Cardiff office closes Tue 29 and Wed 30 Dec 2026 (and a Saturday, which changes nothing).
SELECT ttg.load_calendar('cardiff', E'date,title\n2026-12-29,Office closure\n2026-12-30,"Office closure, day 2"\n2026-12-26,Saturday\n');
SELECT * FROM ttg.calendar_closure ORDER BY closed_on;
SELECT ttg.add_business_days('2026-12-24', 1, 'cardiff') AS local_next,   -- Thu 31 Dec
       ttg.add_business_days('2026-12-24', 1) AS national_next,          -- Tue 29 Dec
       ttg.business_days_between('2026-12-24', '2027-01-04', 'cardiff') AS local_between,  -- 31 Dec, 4 Jan
       ttg.is_business_day('2026-12-30', 'cardiff') AS wed_open,
       ttg.is_business_day('2026-12-31', 'cardiff') AS thu_open;
-- Loading again replaces the calendar; the cache sees it at once.
SELECT ttg.load_calendar('cardiff', E'date,title\r\n2026-12-31,New Year''s Eve closure\r\n');
SELECT ttg.add_business_days('2026-12-24', 1, 'cardiff') AS replaced_next,   -- Tue 29 Dec
       ttg.add_business_days('2026-12-24', 3, 'cardiff') AS third;           -- 4 Jan 2027
-- A change through plain DML also reaches the cache (it touches the calendar's row, the cache key).
INSERT INTO ttg.calendar_closure VALUES ('cardiff', '2026-12-29', 'Burst pipe');
SELECT ttg.add_business_days('2026-12-24', 1, 'cardiff') AS after_insert;     -- Wed 30 Dec
-- ...also from another session's change, seen by a long-lived one: simulate with a new transaction.
BEGIN;
SELECT ttg.load_calendar('cardiff', E'date,title\n');
SELECT ttg.add_business_days('2026-12-24', 1, 'cardiff') AS empty_calendar_next;  -- Tue 29 Dec
ROLLBACK;
SELECT ttg.add_business_days('2026-12-24', 1, 'cardiff') AS after_rollback;   -- Wed 30 Dec
-- Many rows, one calendar read: the same answer for every row.
SELECT count(DISTINCT ttg.add_business_days('2026-12-24', 1, 'cardiff')) FROM generate_series(1, 1000);
-- A bad load keeps nothing: the calendar is as before.
SELECT ttg.load_calendar('cardiff', E'date,title\n2026-12-22,ok\n2026-02-30,bad\n');
SELECT count(*) AS closures_kept FROM ttg.calendar_closure WHERE calendar = 'cardiff';
-- Only the owner or a granted role may load.
CREATE ROLE ttg_regress_analyst;
SET ROLE ttg_regress_analyst;
SELECT ttg.load_calendar('leeds', E'date,title\n2026-12-29,x\n');
SELECT ttg.add_business_days('2026-12-24', 1, 'cardiff') AS analyst_can_read;
RESET ROLE;
GRANT EXECUTE ON FUNCTION ttg.load_calendar(text, text) TO ttg_regress_analyst;
-- loaded_by records the caller even though the loader runs as the owner.
SET ROLE ttg_regress_analyst;
SELECT ttg.load_calendar('leeds', E'date,title\n2026-12-29,x\n') AS granted_load;
RESET ROLE;
SELECT name, loaded_by FROM ttg.calendar ORDER BY name;
DELETE FROM ttg.calendar WHERE name = 'leeds';
REVOKE EXECUTE ON FUNCTION ttg.load_calendar(text, text) FROM ttg_regress_analyst;
DROP ROLE ttg_regress_analyst;
-- Another backend's load reaches this backend's cache (the next statement reads the new version).
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT ttg.add_business_days('2026-12-24', 1, 'cardiff') AS before_other_session;   -- Wed 30 Dec
SELECT n AS loaded_elsewhere FROM dblink(format('host=%s port=%s dbname=%s',
                          split_part(current_setting('unix_socket_directories'), ',', 1),
                          current_setting('port'), current_database()),
                   $$SELECT ttg.load_calendar('cardiff', E'date,title\n2026-12-29,a\n2026-12-30,b\n2026-12-31,c\n')$$) AS t(n int);
SELECT ttg.add_business_days('2026-12-24', 1, 'cardiff') AS after_other_session;    -- Mon 4 Jan 2027
DROP EXTENSION dblink;
-- Leave no calendar behind.
DELETE FROM ttg.calendar WHERE name = 'cardiff';

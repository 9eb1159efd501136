-- errors: every bad input gets a precise SQLSTATE, a message naming the value and a hint.
SET DateStyle = 'ISO, YMD';
-- err(q) runs q and shows SQLSTATE, message and hint on one line (no source line numbers).
\i sql/include/err.sql
-- Outside 1978-01-01 .. 2099-12-31: 22008.
SELECT pg_temp.err('SELECT ttg.is_bank_holiday(''1977-12-31'')');
SELECT pg_temp.err('SELECT ttg.is_business_day(''2100-01-01'')');
SELECT pg_temp.err('SELECT ttg.add_business_days(''infinity'', 1)');
SELECT pg_temp.err('SELECT ttg.add_business_days(''1978-01-01'', -1)');
SELECT pg_temp.err('SELECT ttg.add_business_days(''2099-12-31'', 1)');
SELECT pg_temp.err('SELECT ttg.add_business_days(''2026-01-05'', 2147483647)');
SELECT pg_temp.err('SELECT ttg.business_days_between(''2026-01-05'', ''2100-01-04'')');
SELECT pg_temp.err('SELECT * FROM ttg.bank_holidays(''1900-01-01'', ''2026-01-01'')');
-- Unknown calendar: 22023, listing the loaded ones (in a transaction that sees only
-- this test's calendar, whatever other tests left loaded).
BEGIN;
DELETE FROM ttg.calendar;
SELECT ttg.load_calendar('errors_office', E'date,title\n2026-12-29,Closed\n');
SELECT pg_temp.err('SELECT ttg.add_business_days(''2026-01-05'', 1, ''nowhere'')');
SELECT pg_temp.err('SELECT ttg.is_business_day(''2026-01-05'', ''nowhere'')');
SELECT pg_temp.err('SELECT ttg.business_days_between(''2026-01-05'', ''2026-02-05'', ''nowhere'')');
ROLLBACK;
-- CSV errors: 22P04 naming line and column.
SELECT pg_temp.err('SELECT ttg.load_calendar(''x'', '''')');
SELECT pg_temp.err('SELECT ttg.load_calendar(''x'', E''day,title\n2026-01-05,a\n'')');
SELECT pg_temp.err('SELECT ttg.load_calendar(''x'', E''date,title,extra\n'')');
SELECT pg_temp.err('SELECT ttg.load_calendar(''x'', E''date,title\n2026-01-05\n'')');
SELECT pg_temp.err('SELECT ttg.load_calendar(''x'', E''date,title\n2026-01-05,a,b\n'')');
SELECT pg_temp.err('SELECT ttg.load_calendar(''x'', E''date,title\n2026-01-05,a\n05/01/2026,b\n'')');
SELECT pg_temp.err('SELECT ttg.load_calendar(''x'', E''date,title\n2026-02-29,leap day that is not\n'')');
SELECT pg_temp.err('SELECT ttg.load_calendar(''x'', E''date,title\n1977-12-30,too early\n'')');
SELECT pg_temp.err('SELECT ttg.load_calendar(''x'', E''date,title\n2026-01-05,a\n2026-01-06,b\n2026-01-05,again\n'')');
SELECT pg_temp.err('SELECT ttg.load_calendar(''x'', E''date,title\n2026-01-05,\n'')');
SELECT pg_temp.err('SELECT ttg.load_calendar(''x'', E''date,title\n2026-01-05,"unterminated\n'')');
SELECT pg_temp.err('SELECT ttg.load_calendar(''x'', E''date,title\n2026-01-05,a"b\n'')');
SELECT pg_temp.err('SELECT ttg.load_calendar('''', E''date,title\n'')');
-- Nothing was kept by the failed loads.
SELECT count(*) AS calendars FROM ttg.calendar WHERE name = 'x';
-- The trigger function is not callable by hand.
SELECT pg_temp.err('SELECT ttg.calendar_closure_touch()');
-- Leave no calendar behind.
DELETE FROM ttg.calendar WHERE name = 'errors_office';

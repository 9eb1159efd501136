-- local_data: a DBA's loaded calendars, added resettlement prisons and local
-- outcome codes are never dropped silently: DROP EXTENSION ttg without CASCADE
-- is refused while any is there (2BP01, naming the tables); with CASCADE they go.
-- (0.1.0 dropped them without a word.) Runs in a database of its own.
SELECT current_database() AS regress_db \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS ttg_local_data;
CREATE DATABASE ttg_local_data TEMPLATE template0;
\c ttg_local_data
SET client_min_messages = warning;
CREATE EXTENSION ttg;
-- A fresh install holds no DBA data: the drop goes through.
DROP EXTENSION ttg;
CREATE EXTENSION ttg;
SELECT ttg.load_calendar('bristol', E'date,title\n2026-12-29,Closed\n2026-12-30,Closed\n');
SELECT ttg.load_resettlement_prisons(E'prison_code,prison,cpa,crc,role,live_from\nHMI,HMP Humber,HL,HL,host,2019-04-01\n');
INSERT INTO ttg.mcs_outcome_code (code, outcome, description) VALUES ('LOC1', 'attended', 'Local: attended');
-- Refused, listing what would go: calendar 1 row, closures 2, outcome codes 1 (not the 19 shipped), prisons 1.
DROP EXTENSION ttg;
DROP EXTENSION IF EXISTS ttg RESTRICT;
SELECT count(*) AS calendars_kept FROM ttg.calendar;
-- Each table alone is enough to refuse.
DELETE FROM ttg.calendar;
SELECT count(*) AS closures_went_with_their_calendar FROM ttg.calendar_closure;
DROP EXTENSION ttg;
DELETE FROM ttg.mcs_outcome_code WHERE NOT shipped;
DROP EXTENSION ttg;
DELETE FROM ttg.resettlement_prison WHERE NOT shipped;
-- Nothing of a DBA's left: the drop goes through.
DROP EXTENSION ttg;
SELECT count(*) AS ttg_installed FROM pg_extension WHERE extname = 'ttg';
-- With CASCADE the DBA asked for it: the data goes with the extension.
CREATE EXTENSION ttg;
SELECT ttg.load_calendar('bristol', E'date,title\n2026-12-29,Closed\n');
DROP EXTENSION ttg CASCADE;
SELECT count(*) AS ttg_installed FROM pg_extension WHERE extname = 'ttg';
-- The event trigger is not callable by hand.
CREATE EXTENSION ttg;
\set VERBOSITY terse
SELECT ttg.keep_local_data();
\set VERBOSITY default
\c :regress_db
SET client_min_messages = warning;
DROP DATABASE ttg_local_data;

-- entry_points: one naming scheme for the C entry points, and the 0.1.0 symbols kept.
-- Every C function of ttg is named ttg_sql_<its SQL name>; an overload that needs a C
-- function of its own adds what it takes (ttg_sql_is_business_day_calendar).
SET DateStyle = 'ISO, YMD';
SELECT p.oid::regprocedure AS misnamed, p.prosrc
  FROM pg_proc p
 WHERE p.pronamespace = 'ttg'::regnamespace AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')
   AND p.prosrc <> 'ttg_sql_' || p.proname AND p.prosrc NOT LIKE 'ttg_sql_' || p.proname || '\_%';
-- the overloads with C functions of their own, and what their names add
SELECT p.oid::regprocedure AS overload, substr(p.prosrc, length('ttg_sql_' || p.proname) + 2) AS adds
  FROM pg_proc p
 WHERE p.pronamespace = 'ttg'::regnamespace AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')
   AND p.prosrc LIKE 'ttg_sql_' || p.proname || '\_%'
 ORDER BY p.oid::regprocedure::text;

-- A 0.1.0 database on this library (a package upgrade before ALTER EXTENSION ttg UPDATE):
-- every function 0.1.0 created resolves to its 0.1.0 symbol and answers.
SELECT current_database() AS regress_db \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS ttg_entry_points;
CREATE DATABASE ttg_entry_points TEMPLATE template0;
\c ttg_entry_points
SET DateStyle = 'ISO, YMD';
CREATE EXTENSION ttg VERSION '0.1.0';
SELECT count(*) FILTER (WHERE p.prosrc LIKE 'ttg\_sql\_%') AS current_names,
       count(*) FILTER (WHERE p.prosrc NOT LIKE 'ttg\_sql\_%') > 60 AS names_of_0_1_0
  FROM pg_proc p
 WHERE p.pronamespace = 'ttg'::regnamespace AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c');
-- Calls through the aliases: 2 Jan 2024 (a Tuesday) + 3 business days = 5 Jan.
SELECT ttg.add_business_days('2024-01-02', 3) AS plus_three,
       ttg.is_business_day('2024-12-25') AS christmas;
-- 0.1.0's 14-argument omic_handover takes the five new arguments at their defaults and
-- returns its three columns: the April 2023 case under the 2019 rule, 16 Aug 2023 - 4 months
-- = 16 Apr, - 15 days = 1 Apr 2023 (OMiC 2019 handover, R-OM-2 and R-OM-4).
SELECT * FROM ttg.omic_handover('2022-01-01', '2023-08-16', era => 'omic_2019');
SELECT ttg.omic_handover_date('2022-01-01', '2023-08-16', era => 'omic_2019') AS handover_date;
-- Once updated, no function names a 0.1.0 symbol, and the same calls give the same answers.
ALTER EXTENSION ttg UPDATE;
SELECT p.oid::regprocedure AS still_on_0_1_0_symbol, p.prosrc
  FROM pg_proc p
 WHERE p.pronamespace = 'ttg'::regnamespace AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')
   AND p.prosrc NOT LIKE 'ttg\_sql\_%';
SELECT ttg.add_business_days('2024-01-02', 3) AS plus_three,
       ttg.is_business_day('2024-12-25') AS christmas;
SELECT * FROM ttg.omic_handover('2022-01-01', '2023-08-16', era => 'omic_2019');
\c :regress_db
SET client_min_messages = warning;
DROP DATABASE ttg_entry_points;

-- The main job: ttg over a region's synthetic extracts, as a dashboard sees it.
\pset footer off
\set QUIET on
SET DateStyle = 'ISO, YMD';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS ttg;
DROP SCHEMA IF EXISTS probation CASCADE;
RESET client_min_messages;
\set QUIET off
SELECT extversion AS "ttg version", current_date AS "report date" FROM pg_extension WHERE extname = 'ttg';

\echo
\echo '== Creating the reporting model in schema probation and loading 10,000 synthetic cases =='
SELECT ttg.create_reporting_model('probation');
SELECT table_name AS "table", rows_loaded AS "rows" FROM ttg.generate_demo_data('probation', 10000, 1);

\echo
\echo '== Business days: bank holidays ahead and the deadlines that count in them =='
SELECT holiday, to_char(holiday, 'Dy') AS day, title
  FROM ttg.bank_holidays(current_date, (current_date + interval '6 months')::date);
SELECT current_date AS today,
       ttg.add_business_days(current_date, 5)  AS "re-offer by (R-MCS-4)",
       ttg.add_business_days(current_date, 10) AS "UPW assessment by (R-UPW-3)",
       ttg.upw_start_due(current_date)         AS "UPW first session by (R-UPW-4)";

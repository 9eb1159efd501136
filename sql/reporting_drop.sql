-- reporting_drop: DROP EXTENSION never takes a region's data (run last: it drops the extension).
SET DateStyle = 'ISO, YMD';
SELECT ttg.create_reporting_model('rd');
INSERT INTO rd.cases (case_id, region, team, sex, order_type, supervision_start) VALUES
  (1, 'DLNR', 'Derby 1', 'male', 'licence', '2026-01-05');
-- Without CASCADE: refused while the model's views use the extension.
\set VERBOSITY terse
DROP EXTENSION ttg;
\set VERBOSITY default
-- With CASCADE: the views go, the tables and their rows stay.
SET client_min_messages = warning;
DROP EXTENSION ttg CASCADE;
RESET client_min_messages;
SELECT c.relname, c.relkind FROM pg_class c WHERE c.relnamespace = 'rd'::regnamespace AND c.relkind IN ('r', 'v') ORDER BY 1;
SELECT * FROM rd.cases;
SET client_min_messages = warning;
DROP SCHEMA rd CASCADE;
RESET client_min_messages;
CREATE EXTENSION ttg;

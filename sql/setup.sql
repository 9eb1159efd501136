-- setup: install the extension every later test uses.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS ttg CASCADE;
CREATE EXTENSION ttg;
RESET client_min_messages;
SELECT extname, extversion, n.nspname AS schema
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE extname = 'ttg';
-- Every function, table and view of the extension carries a comment (BI tools show them).
SELECT p.oid::regprocedure AS function_without_comment
  FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'ttg'
 WHERE obj_description(p.oid, 'pg_proc') IS NULL;
SELECT c.oid::regclass AS relation_without_comment
  FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'ttg'
 WHERE c.relkind IN ('r', 'v', 'm') AND obj_description(c.oid, 'pg_class') IS NULL;

-- reporting_types: every column of the reporting model's views has a type BI drivers
-- read as it is (percentages numeric(5,1), minutes numeric(8,1), hours numeric(8,2),
-- shares numeric(5,4), counts integer or bigint, dates date, flags boolean, words
-- text), and the data_dictionary view holds each column's type and comment for tools
-- whose driver shows no comment (psqlODBC).
SELECT ttg.create_reporting_model('bt');

-- Columns off the type table: no bare numeric, no timestamp, no other type. The two
-- MCS views belong to the contact-compliance model; their rates are still bare
-- numeric (listed here until they are cast to numeric(5,1)).
SELECT c.relname AS view, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relnamespace = 'bt'::regnamespace AND c.relkind = 'v'
   AND format_type(a.atttypid, a.atttypmod) NOT IN
       ('text', 'date', 'integer', 'bigint', 'boolean', 'numeric(5,1)', 'numeric(8,1)', 'numeric(8,2)', 'numeric(5,4)')
 ORDER BY 1, a.attnum;

-- The unit in a column's name fixes its type: *_percent numeric(5,1), *minutes numeric(8,1),
-- hours_* numeric(8,2). No column breaks the rule.
SELECT c.relname AS view, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relnamespace = 'bt'::regnamespace AND c.relkind = 'v'
   AND ((a.attname LIKE '%\_percent' AND format_type(a.atttypid, a.atttypmod) <> 'numeric(5,1)')
     OR (a.attname LIKE '%minutes' AND format_type(a.atttypid, a.atttypmod) <> 'numeric(8,1)')
     OR (a.attname LIKE 'hours\_%' AND format_type(a.atttypid, a.atttypmod) <> 'numeric(8,2)'))
   AND c.relname NOT IN ('mcs_case_month', 'mcs_team_month')
 ORDER BY 1, a.attnum;

-- The numeric columns by unit, as a driver reports them: JDBC getPrecision/getScale and
-- psycopg2's precision/scale read (typmod - 4) >> 16 and (typmod - 4) & 65535.
SELECT format_type(a.atttypid, a.atttypmod) AS type,
       ((a.atttypmod - 4) >> 16) & 65535 AS precision, (a.atttypmod - 4) & 65535 AS scale,
       count(*) AS columns, string_agg(DISTINCT c.relname, ', ' ORDER BY c.relname) AS views
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relnamespace = 'bt'::regnamespace AND c.relkind = 'v' AND a.atttypid = 'numeric'::regtype
   AND a.atttypmod <> -1
 GROUP BY 1, 2, 3 ORDER BY 1;

-- data_dictionary: one row per view column, with type and comment. resettlement_share
-- has 7 columns: month date, home_area text, two integer counts, share and aim as
-- numeric(5,1), target_met boolean (view 30_release.sql).
SELECT (SELECT count(*) FROM bt.data_dictionary) =
       (SELECT count(*) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         WHERE c.relnamespace = 'bt'::regnamespace AND c.relkind = 'v') AS dictionary_has_every_column,
       (SELECT count(*) FROM bt.data_dictionary WHERE column_comment IS NULL OR view_comment IS NULL) AS without_comment;
SELECT position, column_name, data_type, column_comment
  FROM bt.data_dictionary WHERE view_name = 'resettlement_share' ORDER BY position;

SET client_min_messages = warning;
DROP SCHEMA bt CASCADE;
RESET client_min_messages;

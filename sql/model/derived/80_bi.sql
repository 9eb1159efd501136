-- Derived objects of a reporting model for BI tools: dropped and made again by every
-- build (ttg.rebuild_reporting_model), so only views and functions belong here.

-- The column comments as a table. psqlODBC (Power BI, Excel) reports no comment
-- in SQLColumns' REMARKS, so a tool that reads through it can load this view to
-- show what each column means. security_invoker: the reader sees the views of
-- the schema it may read (pg_class and pg_attribute are readable by all).
CREATE VIEW data_dictionary WITH (security_invoker = true) AS
  SELECT c.relname::text AS view_name, a.attnum::integer AS position, a.attname::text AS column_name,
         pg_catalog.format_type(a.atttypid, a.atttypmod) AS data_type,
         pg_catalog.obj_description(c.oid, 'pg_class') AS view_comment,
         pg_catalog.col_description(c.oid, a.attnum) AS column_comment
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) c.oid
   WHERE c.relnamespace OPERATOR(pg_catalog.=) (SELECT t.relnamespace FROM pg_catalog.pg_class t
                                                 WHERE t.oid OPERATOR(pg_catalog.=) 'cases'::regclass)
     AND c.relkind OPERATOR(pg_catalog.=) 'v' AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped;
COMMENT ON VIEW data_dictionary IS 'Every column of the model''s views with its type and comment, for BI tools whose driver does not show comments (psqlODBC reports no REMARKS).';
COMMENT ON COLUMN data_dictionary.view_name IS 'The view.';
COMMENT ON COLUMN data_dictionary.position IS 'The column''s position in the view, from 1.';
COMMENT ON COLUMN data_dictionary.column_name IS 'The column.';
COMMENT ON COLUMN data_dictionary.data_type IS 'Its PostgreSQL type, with precision and scale (numeric(5,1): 5 digits, 1 after the point).';
COMMENT ON COLUMN data_dictionary.view_comment IS 'What the view holds, one row per what.';
COMMENT ON COLUMN data_dictionary.column_comment IS 'What the column means.';

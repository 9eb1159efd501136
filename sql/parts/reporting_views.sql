
-- Views of a reporting model (filled in as the rule domains land).
CREATE FUNCTION ttg._reporting_views_ddl() RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $ddl$ SELECT $t$
SELECT 1;
$t$ $ddl$;
COMMENT ON FUNCTION ttg._reporting_views_ddl() IS 'Internal: the views of a reporting model, with @s@ for the schema.';

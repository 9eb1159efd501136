-- catalog(): one line per property of every object the ttg extension owns, and of
-- every object in schema s (a reporting model), so that two databases reached by
-- different roads (a fresh install; an old version walked up by ALTER EXTENSION
-- UPDATE) can be compared line by line. Included by the upgrade test.
CREATE FUNCTION pg_temp.catalog(s name) RETURNS SETOF text LANGUAGE sql STABLE AS $$
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'ttg'),
members AS (
  SELECT d.classid, d.objid FROM pg_depend d, ext
   WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
),
rels AS (
  SELECT c.oid, c.relkind FROM pg_class c
   WHERE c.oid IN (SELECT objid FROM members WHERE classid = 'pg_class'::regclass)
      OR (c.relnamespace = to_regnamespace(s) AND c.relkind IN ('r', 'v', 'm', 'p', 'S', 'f'))
),
procs AS (
  SELECT p.oid FROM pg_proc p
   WHERE p.oid IN (SELECT objid FROM members WHERE classid = 'pg_proc'::regclass)
      OR p.pronamespace = to_regnamespace(s)
)
-- which objects exist, and that each is documented the same
SELECT 'member ' || pg_describe_object(m.classid, m.objid, 0)
       || ' comment=' || coalesce(md5(obj_description(m.objid, m.classid::regclass::name)), '-')
  FROM members m
UNION ALL
-- functions: signature, result, language, markings, settings, body
SELECT 'function ' || p.oid::regprocedure || ' returns ' || pg_get_function_result(p.oid)
       || ' args=' || pg_get_function_arguments(p.oid)
       || ' lang=' || l.lanname || ' kind=' || p.prokind::text || ' vol=' || p.provolatile::text
       || ' par=' || p.proparallel::text || ' strict=' || p.proisstrict || ' secdef=' || p.prosecdef
       || ' leakproof=' || p.proleakproof || ' cost=' || p.procost || ' rows=' || p.prorows
       || ' config=' || coalesce(array_to_string(p.proconfig, ','), '-')
       || ' bin=' || coalesce(p.probin, '-')
       || ' src=' || CASE WHEN p.pronamespace = to_regnamespace(s) THEN coalesce(pg_get_function_sqlbody(p.oid), p.prosrc)
                      ELSE md5(coalesce(pg_get_function_sqlbody(p.oid), p.prosrc)) END
       || ' acl=' || coalesce(p.proacl::text, '-')
       || ' comment=' || coalesce(md5(obj_description(p.oid, 'pg_proc')), '-')
  FROM procs, pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE p.oid = procs.oid
UNION ALL
SELECT 'aggregate ' || a.aggfnoid::regprocedure || ' sfunc=' || a.aggtransfn::regproc
       || ' final=' || a.aggfinalfn::regproc || ' combine=' || a.aggcombinefn::regproc
       || ' serial=' || a.aggserialfn::regproc || ' deserial=' || a.aggdeserialfn::regproc
       || ' stype=' || format_type(a.aggtranstype, NULL) || ' init=' || coalesce(a.agginitval, '-')
  FROM pg_aggregate a WHERE a.aggfnoid IN (SELECT oid FROM procs)
UNION ALL
SELECT 'type ' || format_type(t.oid, NULL) || ' type=' || t.typtype::text || ' len=' || t.typlen
       || ' byval=' || t.typbyval || ' align=' || t.typalign::text || ' in=' || t.typinput::regproc
       || ' out=' || t.typoutput::regproc || ' recv=' || t.typreceive::regproc || ' send=' || t.typsend::regproc
       || ' comment=' || coalesce(md5(obj_description(t.oid, 'pg_type')), '-')
  FROM pg_type t
 WHERE t.oid IN (SELECT objid FROM members WHERE classid = 'pg_type'::regclass)
UNION ALL
SELECT 'relation ' || c.oid::regclass || ' kind=' || c.relkind::text || ' rls=' || c.relrowsecurity
       || ' acl=' || coalesce(c.relacl::text, '-')
       || ' options=' || coalesce(array_to_string(c.reloptions, ','), '-')
       || ' comment=' || coalesce(obj_description(c.oid, 'pg_class'), '-')
       || CASE WHEN c.relkind IN ('v', 'm') THEN ' def=' || pg_get_viewdef(c.oid) ELSE '' END
  FROM rels, pg_class c WHERE c.oid = rels.oid
UNION ALL
SELECT 'column ' || a.attrelid::regclass || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
       || ' num=' || a.attnum || ' notnull=' || a.attnotnull
       || ' default=' || coalesce(pg_get_expr(ad.adbin, ad.adrelid), '-')
       || ' comment=' || coalesce(col_description(a.attrelid, a.attnum), '-')
  FROM pg_attribute a LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
 WHERE a.attrelid IN (SELECT oid FROM rels) AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'constraint ' || co.conrelid::regclass || ' ' || co.conname || ' ' || pg_get_constraintdef(co.oid)
  FROM pg_constraint co WHERE co.conrelid IN (SELECT oid FROM rels)
UNION ALL
SELECT 'index ' || pg_get_indexdef(i.indexrelid)
  FROM pg_index i WHERE i.indrelid IN (SELECT oid FROM rels)
UNION ALL
SELECT 'trigger ' || pg_get_triggerdef(tg.oid)
  FROM pg_trigger tg WHERE tg.tgrelid IN (SELECT oid FROM rels) AND NOT tg.tgisinternal
UNION ALL
SELECT 'policy ' || po.polrelid::regclass || ' ' || po.polname || ' cmd=' || po.polcmd::text
       || ' using=' || coalesce(pg_get_expr(po.polqual, po.polrelid), '-')
       || ' check=' || coalesce(pg_get_expr(po.polwithcheck, po.polrelid), '-')
  FROM pg_policy po WHERE po.polrelid IN (SELECT oid FROM rels)
UNION ALL
SELECT 'config dump ' || c::regclass || ' where ' || coalesce(w, '-')
  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(c, w) WHERE e.extname = 'ttg'
$$;

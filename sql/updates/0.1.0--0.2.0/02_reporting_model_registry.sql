-- 0.1.0 made reporting models from text templates and kept no registry: find its
-- models (a schema with the model's settings and cases tables and its report_date
-- view), register them, and drop their views, function and policies, keeping the
-- grants on them. Later steps may then change any function those views used; the
-- last step of the upgrade makes every registered model's objects again.
DROP FUNCTION ttg._reporting_tables_ddl();
DROP FUNCTION ttg._reporting_comments_ddl();
DROP FUNCTION ttg._reporting_rls_ddl();
DROP FUNCTION ttg._reporting_views_ddl();

INSERT INTO ttg.reporting_model (schema_name, row_security, objects, built_version)
SELECT n.nspname, c.relrowsecurity,
       ARRAY(SELECT 'view:' || format('%I.%I', n.nspname, v)
               FROM unnest(ARRAY['report_date', 'upw_timeliness', 'upw_travel', 'ttg_pipeline', 'release_forecast',
                                 'resettlement_share', 'om_responsibility', 'placement_plan', 'mcs_case_month',
                                 'mcs_team_month']) v)
       || CASE WHEN c.relrowsecurity THEN
            ARRAY['function:' || format('%I.visible_region(text)', n.nspname)]
            || ARRAY(SELECT 'policy:' || p || ' ON ' || format('%I.%I', n.nspname, t)
                       FROM (VALUES ('own_grants', 'region_access'), ('by_region', 'cases'), ('by_region', 'custody'),
                                    ('by_region', 'placements'), ('by_case', 'contacts'), ('by_case', 'upw_orders'),
                                    ('by_order', 'upw_sessions'), ('by_order', 'travel_times')) x(p, t))
          ELSE '{}' END,
       '0.1.0'
  FROM pg_catalog.pg_namespace n
  JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = 'cases' AND c.relkind = 'r'
 WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_class s WHERE s.relnamespace = n.oid AND s.relname = 'settings' AND s.relkind = 'r')
   AND EXISTS (SELECT 1 FROM pg_catalog.pg_class v WHERE v.relnamespace = n.oid AND v.relname = 'report_date' AND v.relkind = 'v');

SELECT ttg._model_detach(schema_name) FROM ttg.reporting_model ORDER BY schema_name;

-- Last step of every upgrade: make the views, functions and policies of every
-- registered reporting model again from the new version's model SQL.
SELECT ttg._model_attach(schema_name) FROM ttg.reporting_model ORDER BY schema_name;

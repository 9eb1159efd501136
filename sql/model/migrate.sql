-- Brings the tables of a model made by any earlier version to the shape of
-- tables.sql. Run by every build, before the derived objects, so every step must
-- be idempotent (ADD COLUMN IF NOT EXISTS, CREATE TABLE IF NOT EXISTS, constraint
-- changes guarded by a look at pg_constraint). Rows are never dropped here.
--
-- 0.1.0 -> 0.2.0: no table changes yet.
SELECT 1;

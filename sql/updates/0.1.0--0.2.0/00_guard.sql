-- ttg upgrade 0.1.0 to 0.2.0, assembled by make from sql/updates/0.1.0--0.2.0/*.sql
-- in name order. Each file holds the changes of one topic to objects 0.1.0 created;
-- a domain that is wholly new in 0.2.0 is a symlink to its sql/parts file.
\echo Use "ALTER EXTENSION ttg UPDATE" to load this file. \quit

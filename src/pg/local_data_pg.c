/*
 * local_data_pg.c: a DBA's data survives DROP EXTENSION ttg.
 *
 * The mechanism, one for every table of DBA data (local calendars, added
 * resettlement prisons, local outcome codes, and any later one):
 *  - the table is a configuration table of the extension, marked with
 *    pg_extension_config_dump(table, condition); the rows the condition keeps
 *    are the DBA's (pg_dump writes them, CREATE EXTENSION brings the rest);
 *  - DROP EXTENSION ttg without CASCADE is refused while any configuration
 *    table holds such rows (this event trigger, SQLSTATE 2BP01, as if the rows
 *    were dependent objects); with CASCADE they go, as the DBA asked;
 *  - configuration tables never reference each other with FOREIGN KEY:
 *    pg_restore -j loads their data in parallel and in no set order, so a
 *    child table keeps its link to its parent with triggers that converge
 *    whichever is loaded first (see ttg.calendar_closure).
 */
#include "postgres.h"
#include "fmgr.h"
#include "commands/event_trigger.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "nodes/parsenodes.h"
#include "utils/builtins.h"

#include "ttg_pg.h"

/* True when a DROP statement names extension ttg and does not say CASCADE. */
static bool
drops_ttg_restrict(Node *parsetree)
{
	DropStmt   *stmt;
	ListCell   *lc;

	if (parsetree == NULL || !IsA(parsetree, DropStmt))
		return false;
	stmt = (DropStmt *) parsetree;
	if (stmt->removeType != OBJECT_EXTENSION || stmt->behavior == DROP_CASCADE)
		return false;
	foreach(lc, stmt->objects)
	{
		Node	   *obj = lfirst(lc);

		if (IsA(obj, String) && strcmp(strVal(obj), "ttg") == 0)
			return true;
	}
	return false;
}

/*
 * Event trigger on ddl_command_start for DROP EXTENSION: refuse while a
 * configuration table of ttg holds rows its dump condition keeps.
 */
PG_FUNCTION_INFO_V1(ttg_sql_keep_local_data);
Datum
ttg_sql_keep_local_data(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;
	StringInfoData detail;
	int64		total = 0;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("ttg.keep_local_data() must be called as an event trigger")));
	trigdata = (EventTriggerData *) fcinfo->context;
	if (!drops_ttg_restrict(trigdata->parsetree) || !OidIsValid(get_extension_oid("ttg", true)))
		PG_RETURN_VOID();

	initStringInfo(&detail);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/* Each configuration table and its dump condition, from pg_extension itself. */
	if (SPI_execute("SELECT c.oid::pg_catalog.regclass::pg_catalog.text, COALESCE(x.cond, '')"
					"  FROM pg_catalog.pg_extension e,"
					"       LATERAL ROWS FROM (pg_catalog.unnest(e.extconfig), pg_catalog.unnest(e.extcondition)) AS x(rel, cond)"
					"  JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) x.rel"
					" WHERE e.extname OPERATOR(pg_catalog.=) 'ttg' AND c.relkind OPERATOR(pg_catalog.=) 'r'"
					" ORDER BY 1", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading the configuration tables of ttg failed");
	{
		uint64		ntables = SPI_processed;
		SPITupleTable *tables = SPI_tuptable;

		for (uint64 i = 0; i < ntables; i++)
		{
			char	   *rel = SPI_getvalue(tables->vals[i], tables->tupdesc, 1);
			char	   *cond = SPI_getvalue(tables->vals[i], tables->tupdesc, 2);
			bool		isnull;
			int64		n;

			if (SPI_execute(psprintf("SELECT pg_catalog.count(*) FROM %s %s", rel, cond ? cond : ""),
							true, 1) != SPI_OK_SELECT || SPI_processed != 1)
				elog(ERROR, "counting the rows of %s failed", rel);
			n = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
			if (n > 0)
				appendStringInfo(&detail, "%s%s: " INT64_FORMAT " row%s", total ? ", " : "",
								 rel, n, n == 1 ? "" : "s");
			total += n;
		}
	}
	SPI_finish();
	if (total > 0)
		ereport(ERROR,
				(errcode(ERRCODE_DEPENDENT_OBJECTS_STILL_EXIST),
				 errmsg("cannot drop extension ttg because it holds data a DBA loaded"),
				 errdetail("%s.", detail.data),
				 errhint("Keep it first (pg_dump -t of those tables, or COPY them out), then DROP EXTENSION ttg CASCADE to drop it with the extension; or delete those rows.")));
	PG_RETURN_VOID();
}

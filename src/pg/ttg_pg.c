/*
 * ttg_pg.c: module magic, start-up and helpers shared by every domain's glue.
 */
#include "postgres.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "funcapi.h"
#include "executor/spi.h"
#include "nodes/parsenodes.h"
#include "utils/plancache.h"
#include "utils/guc.h"

#include "ttg_pg.h"

PG_MODULE_MAGIC;

void		_PG_init(void);
extern void ttg_calendar_cache_init(void);

/* Called once per backend when the library loads. */
void
_PG_init(void)
{
	ttg_calendar_cache_init();
}

/* ISO text of a date whatever the DateStyle, so messages read the same everywhere. */
char *
ttg_date_str(DateADT d)
{
	int			y,
				m,
				day;

	if (DATE_NOT_FINITE(d))
		return pstrdup(DATE_IS_NOBEGIN(d) ? "-infinity" : "infinity");
	ttg_ymd_from_day(d, &y, &m, &day);
	return psprintf("%04d-%02d-%02d", y, m, day);
}

void
ttg_check_date_range(DateADT d, const char *what)
{
	if (!ttg_day_in_range(d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s %s is outside the supported range", what, ttg_date_str(d)),
				 errhint("ttg supports dates from 1978-01-01 to 2099-12-31.")));
}

void
ttg_report_calendar_status(TtgStatus st, DateADT d, const char *what)
{
	if (st == TTG_OK)
		return;
	if (st == TTG_ERR_RANGE)
		ttg_check_date_range(d, what);
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("result of business-day arithmetic from %s is outside the supported range",
					ttg_date_str(d)),
			 errhint("ttg supports dates from 1978-01-01 to 2099-12-31.")));
}

void
ttg_report_bad_word(const char *what, const char *value, const char *accepted)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid %s: \"%s\"", what, value),
			 errhint("Accepted values: %s.", accepted)));
}

static void *
palloc_realloc(void *p, size_t size)
{
	return p ? repalloc(p, size) : palloc(size);
}

static void
palloc_free(void *p)
{
	if (p)
		pfree(p);
}

int
ttg_jit_unoptimised(void)
{
	int			level = NewGUCNestLevel();

	(void) set_config_option("jit_optimize_above_cost", "-1", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	(void) set_config_option("jit_inline_above_cost", "-1", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	return level;
}

void
ttg_jit_restore(int nest_level)
{
	AtEOXact_GUC(true, nest_level);
}

/* A cancelled load stops within TTG_CSV_CHECK_BYTES of input, however long a line is. */
static void
csv_interrupt(void)
{
	CHECK_FOR_INTERRUPTS();
}

const TtgCsvAlloc ttg_csv_palloc = {palloc_realloc, palloc_free, csv_interrupt};

TupleDesc
ttg_result_desc(FunctionCallInfo fcinfo, const char *fname)
{
	TupleDesc	desc = (TupleDesc) fcinfo->flinfo->fn_extra;

	if (desc == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("%s must be called where a record is accepted", fname)));
		desc = BlessTupleDesc(desc);
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = desc;
	}
	return desc;
}

void
ttg_require_read_only_query(SPIPlanPtr plan, const char *argname)
{
	List	   *sources = SPI_plan_get_plan_sources(plan);
	ListCell   *lc;

	if (list_length(sources) != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be one query, not %d", argname, list_length(sources)),
				 errhint("Give a single SELECT (a trailing semicolon is fine).")));
	foreach(lc, ((CachedPlanSource *) linitial(sources))->query_list)
	{
		Query	   *q = lfirst_node(Query, lc);
		const char *what = NULL;

		if (q->commandType == CMD_UTILITY)
			what = "a utility statement";
		else if (q->commandType != CMD_SELECT)
			what = q->commandType == CMD_INSERT ? "INSERT" : q->commandType == CMD_UPDATE ? "UPDATE"
				: q->commandType == CMD_DELETE ? "DELETE" : "MERGE";
		else if (q->hasModifyingCTE)
			what = "a data-modifying WITH (INSERT, UPDATE or DELETE inside WITH)";
		else if (q->rowMarks != NIL)
			what = "FOR UPDATE or FOR SHARE";
		if (what != NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s must be a read-only query: it contains %s", argname, what),
					 errhint("ttg only reads the rows a query argument returns: give a plain SELECT, "
							 "and change data in a statement of its own.")));
	}
}

/*
 * calendar_local_pg.c: local calendars (office closures on top of the bank
 * holidays): loading from CSV and a per-backend cache.
 *
 * The cache holds each calendar merged with the national one. A statement
 * trigger on ttg.calendar and ttg.calendar_closure sends a relcache
 * invalidation, so every backend drops its cache when a calendar changes,
 * at commit (or at once in the loading backend). A row is never read per call.
 */
#include "postgres.h"
#include "fmgr.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "ttg_pg.h"
#include "../core/csv_core.h"

void		ttg_calendar_cache_init(void);

typedef struct CachedCalendar
{
	char	   *name;
	TtgCalendar cal;
	struct CachedCalendar *next;
} CachedCalendar;

/* Per-call memo in fn_extra: the last name and what it resolved to. */
typedef struct CalendarMemo
{
	uint64		generation;
	char	   *name;
	const TtgCalendar *cal;
} CalendarMemo;

static MemoryContext cache_cxt = NULL;
static CachedCalendar *cache_head = NULL;
static uint64 cache_generation = 1;

/* OIDs of ttg.calendar and ttg.calendar_closure, noted when the cache fills. */
static Oid	calendar_oid = InvalidOid;
static Oid	closure_oid = InvalidOid;

/*
 * Drop every cached calendar when one of our tables changes, or on a full
 * reset. No catalog access here: callbacks may run where it is not allowed.
 */
static void
calendar_relcache_callback(Datum arg, Oid relid)
{
	(void) arg;
	if (cache_head == NULL)
		return;
	if (OidIsValid(relid) && relid != calendar_oid && relid != closure_oid)
		return;
	MemoryContextReset(cache_cxt);
	cache_head = NULL;
	cache_generation++;
	/* The tables may have been dropped and made again: look them up afresh. */
	calendar_oid = closure_oid = InvalidOid;
}

void
ttg_calendar_cache_init(void)
{
	CacheRegisterRelcacheCallback(calendar_relcache_callback, (Datum) 0);
}

/* Read one calendar's closures with SPI and merge them with the national days. */
static CachedCalendar *
read_calendar(const char *name)
{
	Oid			argtypes[1] = {TEXTOID};
	Datum		args[1];
	CachedCalendar *entry = NULL;
	int			ret;

	args[0] = CStringGetTextDatum(name);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (!OidIsValid(closure_oid))
	{
		Oid			nsp = get_namespace_oid("ttg", false);

		calendar_oid = get_relname_relid("calendar", nsp);
		closure_oid = get_relname_relid("calendar_closure", nsp);
	}
	ret = SPI_execute_with_args(
								"SELECT (SELECT pg_catalog.array_agg(cc.closed_on)"
								"          FROM ttg.calendar_closure cc"
								"         WHERE cc.calendar OPERATOR(pg_catalog.=) c.name)"
								"  FROM ttg.calendar c WHERE c.name OPERATOR(pg_catalog.=) $1",
								1, argtypes, args, NULL, true, 1);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading calendar \"%s\" failed: %s", name, SPI_result_code_string(ret));
	if (SPI_processed == 1)
	{
		bool		isnull;
		Datum		arr = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
		const TtgCalendar *nat = ttg_national_calendar();
		Datum	   *elems = NULL;
		int			nelems = 0;
		int32_t    *local;
		int32_t    *days;
		MemoryContext old;

		if (!isnull)
			deconstruct_array(DatumGetArrayTypeP(arr), DATEOID, sizeof(DateADT), true,
							  TYPALIGN_INT, &elems, NULL, &nelems);
		local = palloc(sizeof(int32_t) * (nelems + 1));
		for (int i = 0; i < nelems; i++)
			local[i] = DatumGetDateADT(elems[i]);

		old = MemoryContextSwitchTo(cache_cxt);
		days = palloc(sizeof(int32_t) * (nat->n + nelems));
		entry = palloc(sizeof(CachedCalendar));
		entry->name = pstrdup(name);
		memset(&entry->cal, 0, sizeof(entry->cal));
		entry->cal.days = days;
		entry->cal.n = ttg_cal_merge(nat, local, nelems, days);
		ttg_cal_build_index(&entry->cal, palloc(sizeof(int32_t) * TTG_RANGE_DAYS),
							palloc(sizeof(int32_t) * TTG_RANGE_DAYS));
		entry->next = cache_head;
		cache_head = entry;
		MemoryContextSwitchTo(old);
	}
	SPI_finish();
	return entry;
}

/* Names of the loaded calendars, for the hint of an unknown-name error. */
static char *
known_calendars(void)
{
	MemoryContext caller = CurrentMemoryContext;
	char	   *list = NULL;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute("SELECT pg_catalog.string_agg(name, ', ' ORDER BY name) FROM ttg.calendar",
					true, 1) == SPI_OK_SELECT && SPI_processed == 1)
	{
		char	   *v = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);

		if (v != NULL)
			list = MemoryContextStrdup(caller, v);
	}
	SPI_finish();
	return list ? list : "none loaded";
}

const TtgCalendar *
ttg_local_calendar(FunctionCallInfo fcinfo, text *name_t)
{
	CalendarMemo *memo = (CalendarMemo *) fcinfo->flinfo->fn_extra;
	char	   *name = text_to_cstring(name_t);
	CachedCalendar *e;

	if (memo != NULL && memo->generation == cache_generation && strcmp(memo->name, name) == 0)
		return memo->cal;

	if (cache_cxt == NULL)
		cache_cxt = AllocSetContextCreate(CacheMemoryContext, "ttg calendar cache",
										  ALLOCSET_SMALL_SIZES);
	for (e = cache_head; e != NULL; e = e->next)
		if (strcmp(e->name, name) == 0)
			break;
	if (e == NULL)
		e = read_calendar(name);
	if (e == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown calendar: \"%s\"", name),
				 errhint("Load it with ttg.load_calendar(name, csv); loaded calendars: %s.",
						 known_calendars())));

	if (memo == NULL)
	{
		memo = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(CalendarMemo));
		fcinfo->flinfo->fn_extra = memo;
	}
	else if (memo->name)
		pfree(memo->name);
	memo->name = MemoryContextStrdup(fcinfo->flinfo->fn_mcxt, name);
	memo->cal = &e->cal;
	memo->generation = cache_generation;
	return memo->cal;
}

/* ---- loading -------------------------------------------------------------- */

typedef struct LoadRow
{
	DateADT		day;
	char	   *title;
	long		line;
} LoadRow;

typedef struct LoadState
{
	LoadRow    *rows;
	int			n;
	int			cap;
} LoadState;

/* Row callback: an ISO date in the supported range, and a non-empty title. */
static int
calendar_row(void *ctx, long line, const TtgCsvField *f, int ncols, TtgCsvError *err)
{
	LoadState  *st = ctx;
	int32_t		day;

	(void) ncols;
	if (!ttg_parse_iso_date(f[0].text, f[0].len, &day))
	{
		err->column = 1;
		snprintf(err->detail, sizeof(err->detail), "\"%.40s\" is not an ISO date (YYYY-MM-DD)", f[0].text);
		return 1;
	}
	if (!ttg_day_in_range(day))
	{
		err->column = 1;
		snprintf(err->detail, sizeof(err->detail), "%.10s is outside 1978-01-01 to 2099-12-31", f[0].text);
		return 1;
	}
	for (int i = 0; i < st->n; i++)
		if (st->rows[i].day == day)
		{
			err->column = 1;
			snprintf(err->detail, sizeof(err->detail), "%.10s repeats line %ld", f[0].text, st->rows[i].line);
			return 1;
		}
	if (f[1].len == 0)
	{
		err->column = 2;
		snprintf(err->detail, sizeof(err->detail), "the title is empty");
		return 1;
	}
	if (st->n == st->cap)
	{
		st->cap = st->cap ? st->cap * 2 : 64;
		st->rows = st->rows ? repalloc(st->rows, sizeof(LoadRow) * st->cap)
			: palloc(sizeof(LoadRow) * st->cap);
	}
	st->rows[st->n].day = day;
	st->rows[st->n].title = pstrdup(f[1].text);
	st->rows[st->n].line = line;
	st->n++;
	return 0;
}

/* ttg.load_calendar(name, csv): replace a local calendar from CSV "date,title". */
PG_FUNCTION_INFO_V1(ttg_load_calendar);
Datum
ttg_load_calendar(PG_FUNCTION_ARGS)
{
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(0));
	text	   *csv = PG_GETARG_TEXT_PP(1);
	static const char *const header[] = {"date", "title"};
	TtgCsvError err;
	LoadState	st = {NULL, 0, 0};
	Datum	   *days;
	Datum	   *titles;
	Oid			argtypes[4] = {TEXTOID, DATEARRAYOID, TEXTARRAYOID, NAMEOID};
	Datum		args[4];
	int			ret;

	if (name[0] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("calendar name must not be empty"),
				 errhint("Name the calendar, for example 'cardiff_office'.")));

	if (ttg_csv_read(VARDATA_ANY(csv), VARSIZE_ANY_EXHDR(csv), header, 2,
					 calendar_row, &st, &ttg_csv_palloc, &err) != TTG_CSV_OK)
		ereport(ERROR,
				(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
				 errmsg("calendar CSV line %ld, column %d: %s", err.line, err.column, err.detail),
				 errhint("Give a header line \"date,title\", then one ISO date (YYYY-MM-DD) "
						 "from 1978 to 2099 and a title per line.")));

	days = palloc(sizeof(Datum) * (st.n + 1));
	titles = palloc(sizeof(Datum) * (st.n + 1));
	for (int i = 0; i < st.n; i++)
	{
		days[i] = DateADTGetDatum(st.rows[i].day);
		titles[i] = CStringGetTextDatum(st.rows[i].title);
	}
	args[0] = CStringGetTextDatum(name);
	args[1] = PointerGetDatum(construct_array(days, st.n, DATEOID, sizeof(DateADT), true, TYPALIGN_INT));
	args[2] = PointerGetDatum(construct_array(titles, st.n, TEXTOID, -1, false, TYPALIGN_INT));
	/* The caller, not the definer this function runs as: GetOuterUserId ignores SECURITY DEFINER. */
	args[3] = DirectFunctionCall1(namein, CStringGetDatum(GetUserNameFromId(GetOuterUserId(), false)));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	ret = SPI_execute_with_args(
								"INSERT INTO ttg.calendar (name, loaded_by) VALUES ($1, $4)"
								" ON CONFLICT (name) DO UPDATE SET loaded_at = pg_catalog.now(),"
								" loaded_by = EXCLUDED.loaded_by",
								4, argtypes, args, NULL, false, 0);
	if (ret != SPI_OK_INSERT)
		elog(ERROR, "replacing calendar \"%s\" failed: %s", name, SPI_result_code_string(ret));
	ret = SPI_execute_with_args(
								"DELETE FROM ttg.calendar_closure WHERE calendar OPERATOR(pg_catalog.=) $1",
								4, argtypes, args, NULL, false, 0);
	if (ret != SPI_OK_DELETE)
		elog(ERROR, "clearing calendar \"%s\" failed: %s", name, SPI_result_code_string(ret));
	ret = SPI_execute_with_args(
								"INSERT INTO ttg.calendar_closure (calendar, closed_on, title)"
								" SELECT $1, u.d, u.t FROM ROWS FROM (pg_catalog.unnest($2), pg_catalog.unnest($3)) AS u(d, t)",
								4, argtypes, args, NULL, false, 0);
	if (ret != SPI_OK_INSERT)
		elog(ERROR, "loading calendar \"%s\" failed: %s", name, SPI_result_code_string(ret));
	SPI_finish();
	PG_RETURN_INT32(st.n);
}

/* Statement trigger on the calendar tables: tell every backend to drop its cache. */
PG_FUNCTION_INFO_V1(ttg_calendar_invalidate);
Datum
ttg_calendar_invalidate(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("ttg.calendar_invalidate() must be called as a trigger")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	return PointerGetDatum(NULL);
}

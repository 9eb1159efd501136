/*
 * calendar_local_pg.c: local calendars (office closures on top of the bank
 * holidays): loading from CSV and a per-backend cache.
 *
 * The cache holds each calendar merged with the national one, keyed by the
 * version of its ttg.calendar row: (xmin, ctid), which changes with every
 * change of the calendar or of its closures (the closure triggers touch the
 * row in the same statement). A lookup reads that version under the
 * snapshot of the statement (SPI read-only: the active snapshot), and reads
 * the closures under the same snapshot only when the cached copy is of
 * another version. So the cache never answers from data the statement
 * cannot see, and a parallel worker, which runs under the leader's
 * snapshot, reads the same version the leader does. No invalidation message
 * is relied on. The version is read once per call site and snapshot, not
 * per row.
 */
#include "postgres.h"
#include "fmgr.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "ttg_pg.h"
#include "../core/csv_core.h"

void		ttg_calendar_cache_init(void);

typedef struct CachedCalendar
{
	char	   *name;
	char	   *version;		/* "xmin/ctid" of its ttg.calendar row */
	MemoryContext cxt;			/* holds this entry's days and index */
	TtgCalendar cal;
	struct CachedCalendar *next;
} CachedCalendar;

/* The snapshot a memo was made under: the same values see the same rows. */
typedef struct SnapKey
{
	LocalTransactionId lxid;
	TransactionId xmin;
	TransactionId xmax;
	CommandId	curcid;
	uint64		completions;
	bool		valid;
} SnapKey;

/* Per-call memo in fn_extra: the last name, under which snapshot, and what it resolved to. */
typedef struct CalendarMemo
{
	SnapKey		snap;
	char	   *name;
	const TtgCalendar *cal;
} CalendarMemo;

static MemoryContext cache_cxt = NULL;
static CachedCalendar *cache_head = NULL;

/*
 * Copies replaced by a newer version. A memo of this transaction may still
 * point at one (an outer query's call site under an older snapshot than an
 * inner statement's), so they are freed only when the transaction ends,
 * after which no memo of it is used (memos are keyed by transaction).
 */
static CachedCalendar *retired_head = NULL;

static void
calendar_xact_callback(XactEvent event, void *arg)
{
	(void) arg;
	if (event != XACT_EVENT_COMMIT && event != XACT_EVENT_ABORT &&
		event != XACT_EVENT_PARALLEL_COMMIT && event != XACT_EVENT_PARALLEL_ABORT)
		return;
	while (retired_head != NULL)
	{
		CachedCalendar *e = retired_head;

		retired_head = e->next;
		MemoryContextDelete(e->cxt);
	}
}

void
ttg_calendar_cache_init(void)
{
	/* No invalidation callback: entries are keyed by version. */
	RegisterXactCallback(calendar_xact_callback, NULL);
}

static SnapKey
current_snap_key(void)
{
	SnapKey		k;

	memset(&k, 0, sizeof(k));
	if (ActiveSnapshotSet())
	{
		Snapshot	s = GetActiveSnapshot();

		k.lxid = MyProc->lxid;
		k.xmin = s->xmin;
		k.xmax = s->xmax;
		k.curcid = s->curcid;
		k.completions = s->snapXactCompletionCount;
		/* A restored snapshot (parallel worker) has no completion count: valid for the worker's one query. */
		k.valid = true;
	}
	return k;
}

static bool
snap_key_equal(const SnapKey *a, const SnapKey *b)
{
	return a->valid && b->valid && a->lxid == b->lxid && a->xmin == b->xmin &&
		a->xmax == b->xmax && a->curcid == b->curcid && a->completions == b->completions;
}

/* The version of calendar `name` under the active snapshot, or NULL when it does not exist. */
static char *
calendar_version(const char *name, bool read_only)
{
	Oid			argtypes[1] = {TEXTOID};
	Datum		args[1];
	char	   *v = NULL;
	MemoryContext caller = CurrentMemoryContext;

	args[0] = CStringGetTextDatum(name);
	if (SPI_execute_with_args("SELECT c.xmin::pg_catalog.text OPERATOR(pg_catalog.||) '/'"
							  " OPERATOR(pg_catalog.||) c.ctid::pg_catalog.text"
							  "  FROM ttg.calendar c WHERE c.name OPERATOR(pg_catalog.=) $1",
							  1, argtypes, args, NULL, read_only, 1) != SPI_OK_SELECT)
		elog(ERROR, "reading calendar \"%s\" failed", name);
	if (SPI_processed == 1)
	{
		char	   *s = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);

		v = MemoryContextStrdup(caller, s);
	}
	return v;
}

/* Read one calendar's closures (same snapshot) and merge them with the national days. */
static void
read_closures(CachedCalendar *entry, bool read_only)
{
	Oid			argtypes[1] = {TEXTOID};
	Datum		args[1];
	bool		isnull = true;
	Datum		arr = (Datum) 0;
	const TtgCalendar *nat = ttg_national_calendar();
	Datum	   *elems = NULL;
	int			nelems = 0;
	int32_t    *local;
	int32_t    *days;
	MemoryContext old;

	args[0] = CStringGetTextDatum(entry->name);
	if (SPI_execute_with_args("SELECT pg_catalog.array_agg(cc.closed_on) FROM ttg.calendar_closure cc"
							  " WHERE cc.calendar OPERATOR(pg_catalog.=) $1",
							  1, argtypes, args, NULL, read_only, 1) != SPI_OK_SELECT)
		elog(ERROR, "reading calendar \"%s\" failed", entry->name);
	if (SPI_processed == 1)
		arr = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	if (!isnull)
		deconstruct_array(DatumGetArrayTypeP(arr), DATEOID, sizeof(DateADT), true,
						  TYPALIGN_INT, &elems, NULL, &nelems);
	local = palloc(sizeof(int32_t) * (nelems + 1));
	for (int i = 0; i < nelems; i++)
		local[i] = DatumGetDateADT(elems[i]);

	old = MemoryContextSwitchTo(entry->cxt);
	days = palloc(sizeof(int32_t) * (nat->n + nelems));
	memset(&entry->cal, 0, sizeof(entry->cal));
	entry->cal.days = days;
	entry->cal.n = ttg_cal_merge(nat, local, nelems, days);
	ttg_cal_build_index(&entry->cal, palloc(sizeof(int32_t) * TTG_RANGE_DAYS),
						palloc(sizeof(int32_t) * TTG_RANGE_DAYS));
	MemoryContextSwitchTo(old);
}

/*
 * The calendar `name` as the active snapshot sees it: from the cache when
 * the cached copy is of the version visible now, else read afresh (and the
 * older copy dropped). NULL when no such calendar is visible.
 */
static const TtgCalendar *
lookup_calendar(const char *name)
{
	bool		read_only = ActiveSnapshotSet();
	CachedCalendar *e;
	CachedCalendar **link;
	char	   *version;
	MemoryContext entry_cxt;

	if (cache_cxt == NULL)
		cache_cxt = AllocSetContextCreate(CacheMemoryContext, "ttg calendar cache",
										  ALLOCSET_SMALL_SIZES);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	version = calendar_version(name, read_only);
	for (link = &cache_head; (e = *link) != NULL; link = &e->next)
		if (strcmp(e->name, name) == 0)
			break;
	if (e != NULL && version != NULL && strcmp(e->version, version) == 0)
	{
		SPI_finish();
		return &e->cal;
	}
	/* Retire the copy of another version; it is rebuilt below when the calendar exists. */
	if (e != NULL)
	{
		*link = e->next;
		e->next = retired_head;
		retired_head = e;
	}
	if (version == NULL)
	{
		SPI_finish();
		return NULL;
	}
	entry_cxt = AllocSetContextCreate(cache_cxt, "ttg calendar", ALLOCSET_SMALL_SIZES);
	e = MemoryContextAllocZero(entry_cxt, sizeof(CachedCalendar));
	e->cxt = entry_cxt;
	e->name = MemoryContextStrdup(entry_cxt, name);
	e->version = MemoryContextStrdup(entry_cxt, version);
	PG_TRY();
	{
		read_closures(e, read_only);
	}
	PG_CATCH();
	{
		MemoryContextDelete(entry_cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();
	e->next = cache_head;
	cache_head = e;
	SPI_finish();
	return &e->cal;
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
					ActiveSnapshotSet(), 1) == SPI_OK_SELECT && SPI_processed == 1)
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
	SnapKey		snap = current_snap_key();
	const TtgCalendar *cal;

	/* Same call site, same name, same snapshot: the same rows are visible, so the same calendar. */
	if (memo != NULL && snap_key_equal(&memo->snap, &snap) && strcmp(memo->name, name) == 0)
		return memo->cal;

	cal = lookup_calendar(name);
	if (cal == NULL)
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
	memo->cal = cal;
	memo->snap = snap;
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
	int32	   *line_of_day;	/* TTG_RANGE_DAYS entries: line a day was read on, 0 if none */
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
	/* A repeat in O(1): the range is a fixed 44,000 days. */
	if (st->line_of_day[day - TTG_MIN_DAY] != 0)
	{
		err->column = 1;
		snprintf(err->detail, sizeof(err->detail), "%.10s repeats line %ld", f[0].text,
				 (long) st->line_of_day[day - TTG_MIN_DAY]);
		return 1;
	}
	if ((st->n & 1023) == 0)
		CHECK_FOR_INTERRUPTS();
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
	st->line_of_day[day - TTG_MIN_DAY] = (int32) Min(line, PG_INT32_MAX);
	st->n++;
	return 0;
}

/* ttg.load_calendar(name, csv): replace a local calendar from CSV "date,title". */
PG_FUNCTION_INFO_V1(ttg_sql_load_calendar);
Datum
ttg_sql_load_calendar(PG_FUNCTION_ARGS)
{
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(0));
	text	   *csv = PG_GETARG_TEXT_PP(1);
	static const char *const header[] = {"date", "title"};
	TtgCsvError err;
	LoadState	st = {NULL, 0, 0, NULL};
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

	st.line_of_day = palloc0(sizeof(int32) * TTG_RANGE_DAYS);
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

/*
 * contact_eval_pg.c: ttg.mcs_evaluate, the case-month evaluator (R-MCS-1 to R-MCS-6).
 *
 * pgRouting style: the caller passes SQL text for its own case and contact
 * tables, with documented column names. Each query's columns are checked
 * (missing: 42703; wrong type: 42804, naming the column) before anything
 * runs; then one statement groups the contacts with the ttg.mcs_tally
 * aggregate, another lists the months in scope, both in (case_id, month)
 * order; they are merged here, and each row is judged by the same core
 * function the aggregate path uses (ttg_mcs_month_eval).
 */
#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/portal.h"

#include "ttg_pg.h"
#include "contact_pg.h"

/* Accepted types of an input column. */
static const Oid int_types[] = {INT2OID, INT4OID, INT8OID, InvalidOid};
static const Oid text_types[] = {TEXTOID, VARCHAROID, BPCHAROID, InvalidOid};
static const Oid date_types[] = {DATEOID, InvalidOid};
static const Oid ts_types[] = {TIMESTAMPOID, InvalidOid};
static const Oid minutes_types[] = {INT2OID, INT4OID, InvalidOid};
static const Oid bool_types[] = {BOOLOID, InvalidOid};
static const Oid text_array_types[] = {TEXTARRAYOID, InvalidOid};

typedef struct ColSpec
{
	const char *name;
	bool		required;
	const Oid  *types;
	const char *accepted;		/* for the hint */
} ColSpec;

/* The cases query (one row per case). */
enum
{
	CASE_ID, CASE_ISP, CASE_SCOPE_END, CASE_REQUIREMENTS, CASE_BRAG_STATUS, CASE_NCOLS
};
static const ColSpec case_cols[CASE_NCOLS] = {
	{"case_id", true, int_types, "smallint, integer or bigint"},
	{"isp_completed_on", true, date_types, "date"},
	{"scope_end", false, date_types, "date"},
	{"requirements", false, text_array_types, "text[]"},
	{"brag_status", false, text_types, "text"},
};

/* The contacts query (one row per contact). */
enum
{
	CON_CASE_ID, CON_TYPE, CON_APPOINTMENT, CON_NOTIFIED, CON_OUTCOME, CON_MINUTES,
	CON_OTHER, CON_REOFFERED, CON_REOFFER_APPOINTMENT, CON_NCOLS
};
static const ColSpec contact_cols[CON_NCOLS] = {
	{"case_id", true, int_types, "smallint, integer or bigint"},
	{"contact_type", true, text_types, "text"},
	{"appointment_at", true, ts_types, "timestamp without time zone"},
	{"notified_at", true, ts_types, "timestamp without time zone"},
	{"outcome", true, text_types, "text"},
	{"available_minutes", true, minutes_types, "smallint or integer"},
	{"other_activity", true, bool_types, "boolean"},
	{"next_offered_on", false, date_types, "date"},
	{"next_appointment_on", false, date_types, "date"},
};

/* The user's SQL without trailing blanks and semicolons, so it nests as a subquery. */
static char *
trimmed_sql(text *t)
{
	char	   *s = text_to_cstring(t);
	size_t		n = strlen(s);

	while (n > 0 && (s[n - 1] == ';' || s[n - 1] == ' ' || s[n - 1] == '\n' ||
					 s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

/*
 * Open the query as a cursor (planned, not run) and check its columns by
 * name and type; present[i] tells whether optional column i is there.
 */
static void
check_columns(const char *sql, const char *what, const ColSpec *cols, int ncols, bool *present)
{
	SPIPlanPtr	plan = SPI_prepare(sql, 0, NULL);
	Portal		portal;
	TupleDesc	desc;

	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed for the %s query: %s", what,
			 SPI_result_code_string(SPI_result));
	ttg_require_read_only_query(plan, strcmp(what, "cases") == 0 ? "cases_sql" : "contacts_sql");
	portal = SPI_cursor_open(NULL, plan, NULL, NULL, true);
	desc = portal->tupDesc;
	if (desc == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the %s query returns no columns", what),
				 errhint("Pass a SELECT.")));
	for (int c = 0; c < ncols; c++)
	{
		int			found = -1;

		for (int a = 0; a < desc->natts; a++)
		{
			Form_pg_attribute att = TupleDescAttr(desc, a);

			if (att->attisdropped || strcmp(NameStr(att->attname), cols[c].name) != 0)
				continue;
			if (found >= 0)
				ereport(ERROR,
						(errcode(ERRCODE_AMBIGUOUS_COLUMN),
						 errmsg("column \"%s\" appears more than once in the %s query",
								cols[c].name, what)));
			found = a;
		}
		present[c] = found >= 0;
		if (found < 0)
		{
			if (cols[c].required)
				ereport(ERROR,
						(errcode(ERRCODE_UNDEFINED_COLUMN),
						 errmsg("column \"%s\" is missing from the %s query", cols[c].name, what),
						 errhint("Name the column with AS; see the documentation of ttg.mcs_evaluate for the columns of each query.")));
			continue;
		}
		{
			Oid			typ = TupleDescAttr(desc, found)->atttypid;
			bool		ok = false;

			for (const Oid *t = cols[c].types; *t != InvalidOid; t++)
				ok |= (*t == typ);
			if (!ok)
				ereport(ERROR,
						(errcode(ERRCODE_DATATYPE_MISMATCH),
						 errmsg("column \"%s\" of the %s query has type %s", cols[c].name, what,
								format_type_be(typ)),
						 errhint("It must be %s; cast it in the query.", cols[c].accepted)));
		}
	}
	SPI_cursor_close(portal);
	SPI_freeplan(plan);
}

/* BRAG frequencies by status, from a jsonb object {"red": 4, ...}. */
typedef struct BragMap
{
	int			n;
	char	  **status;
	int		   *freq;
} BragMap;

static void
load_brag_map(Datum json, BragMap *map)
{
	Oid			argtypes[1] = {JSONBOID};
	Datum		values[1] = {json};

	if (SPI_execute_with_args("SELECT key, value::text, pg_catalog.jsonb_typeof(value) "
							  "FROM pg_catalog.jsonb_each($1)",
							  1, argtypes, values, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the BRAG frequencies");
	map->n = (int) SPI_processed;
	map->status = palloc0(sizeof(char *) * (map->n + 1));
	map->freq = palloc0(sizeof(int) * (map->n + 1));
	for (int i = 0; i < map->n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *key = SPI_getvalue(tup, desc, 1);
		char	   *val = SPI_getvalue(tup, desc, 2);
		char	   *kind = SPI_getvalue(tup, desc, 3);
		char	   *end = NULL;
		long		f = 0;

		if (strcmp(kind, "number") == 0)
			f = strtol(val, &end, 10);
		if (end == NULL || *end != '\0' || f < 1 || f > TTG_MCS_BRAG_MAX)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid BRAG contact frequency for status \"%s\": %s", key, val),
					 errhint("Give each status a whole number of contacts per month from 1 to %d, e.g. '{\"red\": 4, \"amber\": 2}'.",
							 TTG_MCS_BRAG_MAX)));
		map->status[i] = key;
		map->freq[i] = (int) f;
	}
}

/* R-MCS-6: the status's frequency, else the monthly minimum of 1. */
static int
brag_frequency(const BragMap *map, const char *status)
{
	if (status == NULL)
		return 1;
	for (int i = 0; i < map->n; i++)
		if (strcmp(map->status[i], status) == 0)
			return map->freq[i];
	return 1;
}

/*
 * Two statements, merged here by (case_id, month) rather than joined and
 * sorted by the executor: a join's ORDER BY over every case-month (14 million
 * rows for 200,000 cases over six years) was a 300 MB external sort, whose
 * temporary file a cancelled statement spent about 20 ms unlinking.
 *
 * The months in scope (ttg.mcs_case_months, as the reporting model's views),
 * from the cases in case_id order, so that the ORDER BY is an incremental sort
 * of each case's few months, in memory.
 */
static char *
compose_months(const char *cases_sql, const bool *cp)
{
	StringInfoData q;

	initStringInfo(&q);
	appendStringInfo(&q,
					 "SELECT c.case_id, m.month, c.brag_status FROM"
					 " (SELECT q.case_id::pg_catalog.int8 AS case_id,"
					 " q.isp_completed_on AS isp, %s AS scope_end, %s AS requirements, %s AS brag_status"
					 " FROM (\n%s\n) AS q ORDER BY 1) AS c",
					 cp[CASE_SCOPE_END] ? "q.scope_end" : "NULL::pg_catalog.date",
					 cp[CASE_REQUIREMENTS] ? "q.requirements" : "NULL::pg_catalog.text[]",
					 cp[CASE_BRAG_STATUS] ? "q.brag_status::pg_catalog.text" : "NULL::pg_catalog.text",
					 cases_sql);
	appendStringInfoString(&q,
						   " CROSS JOIN LATERAL ttg.mcs_case_months(c.isp, COALESCE(c.scope_end, $5), $3, NULL,"
						   " COALESCE(c.requirements, '{}'::pg_catalog.text[]), $7, true,"
						   " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'month_end') AS m"
						   " WHERE m.month OPERATOR(pg_catalog.>=) $1 AND m.month OPERATOR(pg_catalog.<=) $2"
						   " ORDER BY c.case_id, m.month");
	return q.data;
}

/*
 * The contacts' tallies by case and month (the long ttg.mcs_tally: the
 * re-offer from the record's columns when the query has them and they are
 * filled, else from the next case-manager contact's own dates, R-MCS-4), in
 * (case_id, month) order, which their grouping gives.
 */
static char *
compose_tallies(const char *contacts_sql, const bool *kp)
{
	StringInfoData q;

	initStringInfo(&q);
	appendStringInfo(&q,
					 "WITH ttg_contacts AS (SELECT q.case_id::pg_catalog.int8 AS case_id,"
					 " q.contact_type::pg_catalog.text AS contact_type, q.appointment_at, q.notified_at,"
					 " q.outcome::pg_catalog.text AS outcome,"
					 " q.available_minutes::pg_catalog.int4 AS available_minutes, q.other_activity,"
					 " %s AS next_offered_on, %s AS next_appointment_on,"
					 " pg_catalog.lead(q.notified_at) OVER w AS following_notified_at,"
					 " pg_catalog.lead(q.appointment_at) OVER w AS following_appointment_at"
					 " FROM (\n%s\n) AS q"
					 /* the next contact of the same case and kind (case-manager or not) */
					 " WINDOW w AS (PARTITION BY q.case_id, ttg.vocab_key(q.contact_type::pg_catalog.text)"
					 " OPERATOR(pg_catalog.=) ANY ('{coap,coai,chvs}'::pg_catalog.text[])"
					 " ORDER BY q.appointment_at))\n",
					 kp[CON_REOFFERED] ? "q.next_offered_on" : "NULL::pg_catalog.date",
					 kp[CON_REOFFER_APPOINTMENT] ? "q.next_appointment_on" : "NULL::pg_catalog.date",
					 contacts_sql);
	appendStringInfoString(&q,
						   "SELECT case_id,"
						   " pg_catalog.date_trunc('month', appointment_at)::pg_catalog.date AS month,"
						   " ttg.mcs_tally(contact_type, appointment_at, notified_at, outcome,"
						   " available_minutes, other_activity, next_offered_on, next_appointment_on, $4, $8,"
						   " following_notified_at, following_appointment_at, 0, NULL) AS tally"
						   " FROM ttg_contacts"
						   " WHERE appointment_at OPERATOR(pg_catalog.>=) $1::pg_catalog.timestamp"
						   " AND appointment_at OPERATOR(pg_catalog.<) $6::pg_catalog.timestamp"
						   " GROUP BY 1, 2 ORDER BY 1, 2");
	return q.data;
}

/* One of the two statements, read in batches. */
typedef struct RowStream
{
	Portal		portal;
	SPITupleTable *tab;			/* the current batch, or NULL */
	uint64		n,				/* rows in it */
				i;				/* the next row */
	bool		done;
} RowStream;

/* Make s's next row current; false at the end. */
static bool
stream_row(RowStream *s)
{
	if (s->tab != NULL && s->i < s->n)
		return true;
	if (s->tab != NULL)
		SPI_freetuptable(s->tab);
	s->tab = NULL;
	if (s->done)
		return false;
	CHECK_FOR_INTERRUPTS();
	SPI_cursor_fetch(s->portal, true, 10000);
	s->tab = SPI_tuptable;
	s->n = SPI_processed;
	s->i = 0;
	s->done = s->n == 0;
	return !s->done;
}

/* The (case_id, month) of s's current row; a NULL case_id sorts after all others, as ORDER BY puts it. */
static void
stream_key(const RowStream *s, bool *null_case, int64 *case_id, DateADT *month)
{
	HeapTuple	tup = s->tab->vals[s->i];
	bool		isnull;

	*case_id = DatumGetInt64(SPI_getbinval(tup, s->tab->tupdesc, 1, null_case));
	*month = DatumGetDateADT(SPI_getbinval(tup, s->tab->tupdesc, 2, &isnull));
}

/* Is the key (an_null, a, am) before (bn_null, b, bm)? */
static bool
key_before(bool an_null, int64 a, DateADT am, bool bn_null, int64 b, DateADT bm)
{
	if (an_null || bn_null)
		return !an_null && bn_null;
	return a < b || (a == b && am < bm);
}

static Portal
open_cursor(const char *sql, Oid *argtypes, Datum *args, const char *argnulls)
{
	Portal		portal;
	int			guc_level;

	/* planned without JIT optimisation, so that a cancel is not held for its compile */
	guc_level = ttg_jit_unoptimised();
	portal = SPI_cursor_open_with_args(NULL, sql, 8, argtypes, args, argnulls, false, 0);
	ttg_jit_restore(guc_level);
	return portal;
}

/* First day of d's month. */
static DateADT
month_of(DateADT d)
{
	int			y,
				m,
				day;

	ttg_ymd_from_day(d, &y, &m, &day);
	return ttg_day_from_ymd(y, m, 1);
}

/* ttg.mcs_evaluate(cases_sql, contacts_sql, period_start, period_end, ...): one row per case per month in scope. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_evaluate);
Datum
ttg_sql_mcs_evaluate(PG_FUNCTION_ARGS)
{
	static const char *const argnames[] = {
		"cases_sql", "contacts_sql", "period_start", "period_end", "partial",
		"reoffer_rule", "brag_frequency", "exempt"
	};
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	char	   *cases_sql,
			   *contacts_sql;
	DateADT		first,
				last;
	bool		cp[CASE_NCOLS],
				kp[CON_NCOLS];
	BragMap		brag;
	Oid			argtypes[8] = {DATEOID, DATEOID, TEXTOID, TEXTOID, DATEOID, DATEOID, TEXTARRAYOID, TEXTOID};
	Datum		args[8];
	char		argnulls[8] = "       ";
	RowStream	months = {0},
				tallies = {0};
	uint64		nrows = 0;
	MemoryContext rowcxt,
				oldcxt;

	for (int i = 0; i < 8; i++)
		ttg_mcs_require_arg(fcinfo, i, argnames[i]);
	cases_sql = trimmed_sql(PG_GETARG_TEXT_PP(0));
	contacts_sql = trimmed_sql(PG_GETARG_TEXT_PP(1));
	ttg_check_date_range(PG_GETARG_DATEADT(2), "period_start");
	ttg_check_date_range(PG_GETARG_DATEADT(3), "period_end");
	if (PG_GETARG_DATEADT(3) < PG_GETARG_DATEADT(2))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period_end %s is before period_start %s",
						ttg_date_str(PG_GETARG_DATEADT(3)), ttg_date_str(PG_GETARG_DATEADT(2)))));
	(void) ttg_mcs_partial_arg(PG_GETARG_TEXT_PP(4));
	(void) ttg_mcs_reoffer_rule_arg(PG_GETARG_TEXT_PP(5));
	(void) ttg_mcs_requirements_arg(PG_GETARG_ARRAYTYPE_P(7), "exempt");
	/* NULL calendar: the national one. A name is checked now, even if no contact needs it. */
	if (!PG_ARGISNULL(8))
		(void) ttg_local_calendar(fcinfo, PG_GETARG_TEXT_PP(8));
	first = month_of(PG_GETARG_DATEADT(2));
	last = month_of(PG_GETARG_DATEADT(3));

	InitMaterializedSRF(fcinfo, 0);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	check_columns(cases_sql, "cases", case_cols, CASE_NCOLS, cp);
	check_columns(contacts_sql, "contacts", contact_cols, CON_NCOLS, kp);
	load_brag_map(PG_GETARG_DATUM(6), &brag);

	args[0] = DateADTGetDatum(first);
	args[1] = DateADTGetDatum(last);
	args[2] = PG_GETARG_DATUM(4);
	args[3] = PG_GETARG_DATUM(5);
	args[4] = DateADTGetDatum(ttg_add_months(last, 1) - 1);	/* open cases run to period end */
	args[5] = DateADTGetDatum(ttg_add_months(last, 1));
	args[6] = PG_GETARG_DATUM(7);
	args[7] = PG_ARGISNULL(8) ? (Datum) 0 : PG_GETARG_DATUM(8);
	argnulls[7] = PG_ARGISNULL(8) ? 'n' : ' ';
	/* Cursors, so that a large period streams instead of filling memory. */
	months.portal = open_cursor(compose_months(cases_sql, cp), argtypes, args, argnulls);
	tallies.portal = open_cursor(compose_tallies(contacts_sql, kp), argtypes, args, argnulls);
	/* Rows are built in a context reset per batch: memory stays flat however many months. */
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "ttg mcs_evaluate rows",
								   ALLOCSET_DEFAULT_SIZES);
	while (stream_row(&months))
	{
		HeapTuple	tup = months.tab->vals[months.i];
		TupleDesc	desc = months.tab->tupdesc;
		bool		null_case,
					t_null_case = true,
					isnull;
		int64		case_id,
					t_case_id = 0;
		DateADT		month,
					t_month = 0;
		TtgMcsTally tally = 0;
		Datum		values[11];
		bool		nulls[11] = {false};
		char	   *status;
		int			freq;

		stream_key(&months, &null_case, &case_id, &month);
		/* Tallies of months out of scope or of cases not asked for are passed over. */
		while (stream_row(&tallies))
		{
			stream_key(&tallies, &t_null_case, &t_case_id, &t_month);
			if (!key_before(t_null_case, t_case_id, t_month, null_case, case_id, month))
				break;
			tallies.i++;
		}
		/* No tally: the month has no contacts at all (the same tally for a case given twice). */
		if (tallies.tab != NULL && !null_case && !t_null_case && t_case_id == case_id && t_month == month)
		{
			tally = (TtgMcsTally) SPI_getbinval(tallies.tab->vals[tallies.i], tallies.tab->tupdesc, 3, &isnull);
			if (isnull)
				tally = 0;
		}

		oldcxt = MemoryContextSwitchTo(rowcxt);
		status = SPI_getvalue(tup, desc, 3);
		freq = brag_frequency(&brag, status);
		values[0] = Int64GetDatum(case_id);
		nulls[0] = null_case;
		values[1] = DateADTGetDatum(month);
		ttg_mcs_month_values(tally, freq, values + 2, nulls + 2);
		values[9] = Int32GetDatum(freq);
		nulls[10] = status == NULL;
		values[10] = status ? CStringGetTextDatum(status) : (Datum) 0;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextSwitchTo(oldcxt);
		if (++nrows % 10000 == 0)
			MemoryContextReset(rowcxt);
		months.i++;
	}
	SPI_cursor_close(tallies.portal);
	SPI_cursor_close(months.portal);
	SPI_finish();
	return (Datum) 0;
}

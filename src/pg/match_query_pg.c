/*
 * match_query_pg.c: inner queries for ttg.match_placements, read through an
 * SPI cursor a batch at a time so memory stays bounded by what we keep.
 */
#include "postgres.h"
#include "fmgr.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "match_query_pg.h"
#include "ttg_pg.h"

#define FETCH_BATCH 2000

static bool
kind_accepts(TtgColKind kind, Oid type)
{
	switch (kind)
	{
		case TTG_COL_INT:
			return type == INT2OID || type == INT4OID || type == INT8OID;
		case TTG_COL_NUM:
			return type == INT2OID || type == INT4OID || type == INT8OID ||
				type == FLOAT4OID || type == FLOAT8OID || type == NUMERICOID;
		case TTG_COL_TEXT:
			return type == TEXTOID || type == VARCHAROID;
		case TTG_COL_BOOL:
			return type == BOOLOID;
	}
	return false;
}

static const char *
kind_words(TtgColKind kind)
{
	switch (kind)
	{
		case TTG_COL_INT:
			return "smallint, integer or bigint";
		case TTG_COL_NUM:
			return "a number (smallint, integer, bigint, real, double precision or numeric)";
		case TTG_COL_TEXT:
			return "text or varchar";
		case TTG_COL_BOOL:
			return "boolean";
	}
	return "?";
}

static char *
column_list(const TtgColSpec *cols, int ncols)
{
	StringInfoData s;

	initStringInfo(&s);
	for (int i = 0; i < ncols; i++)
		appendStringInfo(&s, "%s%s", i ? ", " : "", cols[i].name);
	return s.data;
}

/* Find and check every column; fills attno (1-based) per spec. */
static void
check_columns(TupleDesc td, const char *argname, const TtgColSpec *cols, int ncols,
			  int *attno, Oid *types)
{
	for (int i = 0; i < ncols; i++)
	{
		attno[i] = SPI_fnumber(td, cols[i].name);
		if (attno[i] <= 0)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("column \"%s\" is missing from %s", cols[i].name, argname),
					 errhint("%s must return the columns %s.", argname, column_list(cols, ncols))));
		types[i] = SPI_gettypeid(td, attno[i]);
		if (!kind_accepts(cols[i].kind, types[i]))
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("column \"%s\" of %s has type %s", cols[i].name, argname,
							format_type_be(types[i])),
					 errhint("Column \"%s\" must be %s; cast it in the query.",
							 cols[i].name, kind_words(cols[i].kind))));
	}
}

void
ttg_read_query(const char *sql, const char *argname,
			   const TtgColSpec *cols, int ncols, TtgRowFn fn, void *ctx)
{
	MemoryContext caller = CurrentMemoryContext;
	SPIPlanPtr	plan;
	Portal		portal;
	int		   *attno = palloc(sizeof(int) * ncols);
	Oid		   *types = palloc(sizeof(Oid) * ncols);
	Datum	   *values = palloc(sizeof(Datum) * ncols);
	bool	   *nulls = palloc(sizeof(bool) * ncols);
	TtgRow		row = {values, nulls, types};
	bool		checked = false;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	plan = SPI_prepare(sql, 0, NULL);
	if (plan == NULL)
		elog(ERROR, "preparing %s failed: %s", argname, SPI_result_code_string(SPI_result));
	ttg_require_read_only_query(plan, argname);
	if (!SPI_is_cursor_plan(plan))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a query that returns rows", argname),
				 errhint("Give a SELECT returning the columns %s.", column_list(cols, ncols))));
	portal = SPI_cursor_open(NULL, plan, NULL, NULL, true);
	for (;;)
	{
		SPI_cursor_fetch(portal, true, FETCH_BATCH);
		if (!checked)
		{
			check_columns(SPI_tuptable->tupdesc, argname, cols, ncols, attno, types);
			checked = true;
		}
		if (SPI_processed == 0)
			break;
		for (uint64 r = 0; r < SPI_processed; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			MemoryContext old;

			for (int i = 0; i < ncols; i++)
				values[i] = SPI_getbinval(tup, SPI_tuptable->tupdesc, attno[i], &nulls[i]);
			old = MemoryContextSwitchTo(caller);
			fn(ctx, &row);
			MemoryContextSwitchTo(old);
		}
		SPI_freetuptable(SPI_tuptable);
	}
	SPI_cursor_close(portal);
	SPI_finish();
}

int64
ttg_datum_int64(Datum d, Oid type)
{
	switch (type)
	{
		case INT2OID:
			return DatumGetInt16(d);
		case INT4OID:
			return DatumGetInt32(d);
		default:
			return DatumGetInt64(d);
	}
}

double
ttg_datum_double(Datum d, Oid type)
{
	switch (type)
	{
		case INT2OID:
			return DatumGetInt16(d);
		case INT4OID:
			return DatumGetInt32(d);
		case INT8OID:
			return (double) DatumGetInt64(d);
		case FLOAT4OID:
			return DatumGetFloat4(d);
		case NUMERICOID:
			return DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow, d));
		default:
			return DatumGetFloat8(d);
	}
}

/*
 * match_query_pg.h: read an inner SQL query (pgRouting style) whose columns
 * are named and type-checked, in batches through a cursor.
 */
#ifndef TTG_MATCH_QUERY_PG_H
#define TTG_MATCH_QUERY_PG_H

#include "postgres.h"
#include "fmgr.h"

typedef enum TtgColKind
{
	TTG_COL_INT,				/* smallint, integer, bigint */
	TTG_COL_NUM,				/* any of those, real, double precision, numeric */
	TTG_COL_TEXT,				/* text, varchar */
	TTG_COL_BOOL				/* boolean */
} TtgColKind;

typedef struct TtgColSpec
{
	const char *name;
	TtgColKind	kind;
} TtgColSpec;

/* Values of one row in spec order; the callback runs in the caller's memory context. */
typedef struct TtgRow
{
	Datum	   *values;
	bool	   *nulls;
	Oid		   *types;
} TtgRow;

typedef void (*TtgRowFn) (void *ctx, const TtgRow *row);

/*
 * Run sql (named argname in messages), check every column of cols is there
 * (42703) and of the right kind (42804), and call fn for each row. Datums
 * are valid only during the call.
 */
void		ttg_read_query(const char *sql, const char *argname,
						   const TtgColSpec *cols, int ncols, TtgRowFn fn, void *ctx);

/* Conversions for the kinds above. */
int64		ttg_datum_int64(Datum d, Oid type);
double		ttg_datum_double(Datum d, Oid type);

#endif

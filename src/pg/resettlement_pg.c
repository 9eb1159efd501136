/*
 * resettlement_pg.c: the resettlement-prison reference data (R-TTG-3):
 * loading the CSV shipped with the package and a DBA's own additions.
 *
 * Shipped rows are marked shipped = true and left out of pg_dump (CREATE
 * EXTENSION loads them again on restore); rows a DBA adds are dumped. A DBA
 * may add prisons or reload their own, but not replace a shipped one: on
 * restore the dumped copy would collide with the shipped row.
 */
#include "postgres.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "storage/fd.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"

#include "ttg_pg.h"
#include "../core/csv_core.h"

#define SHIPPED_FILE "ttg_resettlement_prisons.csv"
#define NCOLS 6

/*
 * loaded_by records the caller's role (GetOuterUserId: the role as of SET
 * ROLE): the loaders are SECURITY DEFINER, where CURRENT_USER would name the
 * extension owner, not the DBA who loaded.
 */
typedef struct PrisonRow
{
	char	   *f[NCOLS - 1];	/* code, prison, cpa, crc, role */
	DateADT		live_from;
	bool		has_live_from;
	long		line;
} PrisonRow;

/* A prison code seen: on which line, or -1 for a shipped code a local load may not replace. */
typedef struct CodeSeen
{
	char		code[9];		/* the hash key: 1 to 8 characters */
	long		line;
} CodeSeen;

typedef struct PrisonLoad
{
	PrisonRow  *rows;
	int			n;
	int			cap;
	HTAB	   *seen;			/* O(1) repeat and shipped checks, so a load is O(n) */
} PrisonLoad;

/* Prison codes: 1 to 8 upper-case letters or digits (NOMIS agency ids, e.g. LCI). */
static bool
valid_code(const char *s, size_t len)
{
	if (len < 1 || len > 8)
		return false;
	for (size_t i = 0; i < len; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
			return false;
	return true;
}

/* Row callback: check every field, reject repeats and replacements of shipped rows. */
static int
prison_row(void *ctx, long line, const TtgCsvField *f, int ncols, TtgCsvError *err)
{
	static const char *const names[] = {"prison_code", "prison", "cpa", "crc", "role"};
	PrisonLoad *st = ctx;
	PrisonRow  *r;
	int32_t		day = 0;

	(void) ncols;
	if (!valid_code(f[0].text, f[0].len))
	{
		err->column = 1;
		snprintf(err->detail, sizeof(err->detail),
				 "prison_code \"%.20s\" is not 1 to 8 upper-case letters or digits", f[0].text);
		return 1;
	}
	for (int i = 1; i < 5; i++)
		if (f[i].len == 0)
		{
			err->column = i + 1;
			snprintf(err->detail, sizeof(err->detail), "%s is empty", names[i]);
			return 1;
		}
	if (strcmp(f[4].text, "lead_host") != 0 && strcmp(f[4].text, "host") != 0)
	{
		err->column = 5;
		snprintf(err->detail, sizeof(err->detail),
				 "role \"%.20s\" is neither lead_host nor host", f[4].text);
		return 1;
	}
	if (f[5].len > 0 && (!ttg_parse_iso_date(f[5].text, f[5].len, &day) || !ttg_day_in_range(day)))
	{
		err->column = 6;
		snprintf(err->detail, sizeof(err->detail),
				 "live_from \"%.20s\" is not an ISO date from 1978 to 2099", f[5].text);
		return 1;
	}
	{
		char		key[9] = {0};
		bool		found;
		CodeSeen   *seen;

		memcpy(key, f[0].text, f[0].len);	/* valid_code: 1 to 8 bytes */
		seen = hash_search(st->seen, key, HASH_ENTER, &found);
		if (found)
		{
			err->column = 1;
			if (seen->line < 0)
				snprintf(err->detail, sizeof(err->detail),
						 "%s ships with ttg and cannot be replaced", f[0].text);
			else
				snprintf(err->detail, sizeof(err->detail), "%s repeats line %ld",
						 f[0].text, seen->line);
			return 1;
		}
		seen->line = line;
	}
	if ((st->n & 1023) == 0)
		CHECK_FOR_INTERRUPTS();
	if (st->n == st->cap)
	{
		st->cap = st->cap ? st->cap * 2 : 16;
		st->rows = st->rows ? repalloc(st->rows, sizeof(PrisonRow) * st->cap)
			: palloc(sizeof(PrisonRow) * st->cap);
	}
	r = &st->rows[st->n++];
	for (int i = 0; i < 5; i++)
		r->f[i] = pstrdup(f[i].text);
	r->has_live_from = f[5].len > 0;
	r->live_from = day;
	r->line = line;
	return 0;
}

/* Codes of the shipped rows, read with SPI (connected by the caller), marked in the seen table. */
static void
read_shipped_codes(PrisonLoad *st)
{
	if (SPI_execute("SELECT prison_code FROM ttg.resettlement_prison WHERE shipped", true, 0)
		!= SPI_OK_SELECT)
		elog(ERROR, "reading ttg.resettlement_prison failed");
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		char	   *code = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		char		key[9] = {0};
		CodeSeen   *seen;

		strlcpy(key, code, sizeof(key));
		seen = hash_search(st->seen, key, HASH_ENTER, NULL);
		seen->line = -1;
	}
}

/* Parse csv, then upsert every row with the given shipped flag. Returns the rows loaded. */
static int32
load_prisons(const char *buf, size_t len, bool shipped, const char *source)
{
	static const char *const header[NCOLS] = {"prison_code", "prison", "cpa", "crc", "role", "live_from"};
	TtgCsvError err;
	PrisonLoad	st;
	Oid			argtypes[8] = {TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID,
	TEXTARRAYOID, DATEARRAYOID, BOOLOID, NAMEOID};
	Datum		args[8];
	char		nulls[8] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
	Datum	   *cols[NCOLS];
	bool	   *live_nulls;
	int			dims[1];
	int			lbs[1] = {1};
	int			ret;

	memset(&st, 0, sizeof(st));
	{
		HASHCTL		ctl;

		ctl.keysize = 9;
		ctl.entrysize = sizeof(CodeSeen);
		ctl.hcxt = CurrentMemoryContext;
		st.seen = hash_create("ttg prison codes", 256, &ctl, HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	}
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (!shipped)
		read_shipped_codes(&st);

	if (ttg_csv_read(buf, len, header, NCOLS, prison_row, &st, &ttg_csv_palloc, &err) != TTG_CSV_OK)
		ereport(ERROR,
				(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
				 errmsg("resettlement prison CSV%s line %ld, column %d: %s",
						source, err.line, err.column, err.detail),
				 errhint("Give a header line \"prison_code,prison,cpa,crc,role,live_from\", then one "
						 "prison per line: role lead_host or host, live_from an ISO date or empty.")));

	for (int c = 0; c < NCOLS; c++)
		cols[c] = palloc(sizeof(Datum) * (st.n + 1));
	live_nulls = palloc(sizeof(bool) * (st.n + 1));
	for (int i = 0; i < st.n; i++)
	{
		for (int c = 0; c < 5; c++)
			cols[c][i] = CStringGetTextDatum(st.rows[i].f[c]);
		cols[5][i] = DateADTGetDatum(st.rows[i].live_from);
		live_nulls[i] = !st.rows[i].has_live_from;
	}
	dims[0] = st.n;
	for (int c = 0; c < 5; c++)
		args[c] = PointerGetDatum(construct_array(cols[c], st.n, TEXTOID, -1, false, TYPALIGN_INT));
	args[5] = PointerGetDatum(construct_md_array(cols[5], live_nulls, 1, dims, lbs, DATEOID,
												 sizeof(DateADT), true, TYPALIGN_INT));
	args[6] = BoolGetDatum(shipped);
	args[7] = DirectFunctionCall1(namein, CStringGetDatum(GetUserNameFromId(GetOuterUserId(), false)));

	ret = SPI_execute_with_args(
								"INSERT INTO ttg.resettlement_prison"
								" (prison_code, prison, cpa, crc, role, live_from, shipped, loaded_by)"
								" SELECT u.code, u.prison, u.cpa, u.crc, u.role, u.live_from, $7, $8"
								"   FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2),"
								"        pg_catalog.unnest($3), pg_catalog.unnest($4),"
								"        pg_catalog.unnest($5), pg_catalog.unnest($6))"
								"        AS u(code, prison, cpa, crc, role, live_from)"
								" ON CONFLICT (prison_code) DO UPDATE SET prison = EXCLUDED.prison,"
								"   cpa = EXCLUDED.cpa, crc = EXCLUDED.crc, role = EXCLUDED.role,"
								"   live_from = EXCLUDED.live_from, shipped = EXCLUDED.shipped,"
								"   loaded_at = pg_catalog.now(), loaded_by = EXCLUDED.loaded_by",
								8, argtypes, args, nulls, false, 0);
	if (ret != SPI_OK_INSERT)
		elog(ERROR, "loading resettlement prisons failed: %s", SPI_result_code_string(ret));
	SPI_finish();
	return st.n;
}

/* ttg.load_resettlement_prisons(csv): add or replace a DBA's own prisons. */
PG_FUNCTION_INFO_V1(ttg_load_resettlement_prisons);
Datum
ttg_load_resettlement_prisons(PG_FUNCTION_ARGS)
{
	text	   *csv = PG_GETARG_TEXT_PP(0);

	PG_RETURN_INT32(load_prisons(VARDATA_ANY(csv), VARSIZE_ANY_EXHDR(csv), false, ""));
}

/* ttg.load_shipped_resettlement_prisons(): (re)load the CSV installed with the package. */
PG_FUNCTION_INFO_V1(ttg_load_shipped_resettlement_prisons);
Datum
ttg_load_shipped_resettlement_prisons(PG_FUNCTION_ARGS)
{
	char		share[MAXPGPATH];
	char		path[MAXPGPATH + 64];
	StringInfoData buf;
	FILE	   *fp;
	char		chunk[4096];
	size_t		got;

	get_share_path(my_exec_path, share);
	snprintf(path, sizeof(path), "%s/extension/%s", share, SHIPPED_FILE);
	fp = AllocateFile(path, PG_BINARY_R);
	if (fp == NULL)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not open \"%s\": %m", path),
				 errhint("Reinstall the ttg package: it ships this file.")));
	initStringInfo(&buf);
	while ((got = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		appendBinaryStringInfo(&buf, chunk, (int) got);
	if (ferror(fp))
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not read \"%s\": %m", path)));
	FreeFile(fp);
	PG_RETURN_INT32(load_prisons(buf.data, buf.len, true, psprintf(" %s", SHIPPED_FILE)));
}

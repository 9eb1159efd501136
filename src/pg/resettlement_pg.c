/*
 * resettlement_pg.c: the resettlement-prison reference data (R-TTG-3) and the
 * names of prisons: loading the CSV shipped with the package and a DBA's own
 * rows.
 *
 * A prison may resettle into more than one area, each for a period
 * (valid_from to valid_until): one row per prison, area and period. Shipped
 * rows are marked shipped = true and left out of pg_dump (CREATE EXTENSION
 * loads them again on restore); rows a DBA adds are dumped. A DBA may add
 * rows or reload their own, but not replace a shipped one: on restore the
 * dumped copy would collide with the shipped row. The dump mechanism is the
 * pg_extension_config_dump of 0.1.0; only the SQL that declares it would change
 * if the mechanism does.
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
#include "../core/release_core.h"

#define SHIPPED_FILE "ttg_resettlement_prisons.csv"
#define SHIPPED_NAMES_FILE "ttg_prisons.csv"
#define NCOLS 8					/* the 0.1.0 header has the first 6 */
#define NCOLS_0_1 6
#define OPEN_START_DAY (-8035)	/* 1978-01-01: an empty valid_from */

static const char *const header[NCOLS] = {"prison_code", "prison", "cpa", "crc", "role", "live_from",
"valid_from", "valid_until"};

#define HINT_HEADER "Give a header line \"prison_code,prison,cpa,crc,role,live_from,valid_from,valid_until\" " \
	"(or the first six), then one row per prison, area and period: role lead_host or host, dates ISO or empty."

/*
 * loaded_by records the caller's role (GetOuterUserId: the role as of SET
 * ROLE): the loaders are SECURITY DEFINER, where CURRENT_USER would name the
 * extension owner, not the DBA who loaded.
 */
typedef struct PrisonRow
{
	char	   *f[5];			/* code, prison, cpa, crc, role */
	int32_t		day[3];			/* live_from, valid_from, valid_until */
	bool		has[3];
	long		line;
} PrisonRow;

/* A key seen in a load (prison, area and first day; or a prison code), on which line. */
#define SEEN_KEY 64
typedef struct Seen
{
	char		key[SEEN_KEY];	/* the hash key */
	long		line;
} Seen;

typedef struct PrisonLoad
{
	PrisonRow  *rows;
	int			n;
	int			cap;
	int			ncols;
	HTAB	   *seen;			/* O(1) repeat checks, so a load is O(n) */
} PrisonLoad;

static HTAB *
seen_table(const char *name)
{
	HASHCTL		ctl;

	ctl.keysize = SEEN_KEY;
	ctl.entrysize = sizeof(Seen);
	ctl.hcxt = CurrentMemoryContext;
	return hash_create(name, 256, &ctl, HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
}

/* Enter key; returns the line it was first seen on, or 0 when new. */
static long
seen_before(HTAB *h, const char *key, long line)
{
	char		k[SEEN_KEY] = {0};
	bool		found;
	Seen	   *e;

	strlcpy(k, key, sizeof(k));
	e = hash_search(h, k, HASH_ENTER, &found);
	if (found)
		return e->line;
	e->line = line;
	return 0;
}

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

static bool
date_field(const TtgCsvField *f, int32_t *day)
{
	return ttg_parse_iso_date(f->text, f->len, day) && ttg_day_in_range(*day);
}

static void *
grow(void *p, int *cap, size_t size)
{
	*cap = *cap ? *cap * 2 : 16;
	return p ? repalloc(p, size * *cap) : palloc(size * *cap);
}

/* Row callback: check every field, reject repeats of a prison, area and start. */
static int
prison_row(void *ctx, long line, const TtgCsvField *f, int ncols, TtgCsvError *err)
{
	static const char *const names[] = {"prison_code", "prison", "cpa", "crc", "role"};
	PrisonLoad *st = ctx;
	PrisonRow	r;
	int			role = -1;

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
	/* The role by the one case rule ("Lead Host" is lead_host), stored canonical. */
	if (!ttg_vocab_lookup(&ttg_resettlement_role_vocab, f[4].text, f[4].len, &role))
	{
		char		words[64];

		ttg_vocab_hint(&ttg_resettlement_role_vocab, words, sizeof words);
		err->column = 5;
		snprintf(err->detail, sizeof(err->detail), "role \"%.20s\" is not one of %s", f[4].text, words);
		return 1;
	}
	for (int i = 0; i < 3; i++)
	{
		const TtgCsvField *d = i + 5 < st->ncols ? &f[i + 5] : NULL;

		r.has[i] = d != NULL && d->len > 0;
		r.day[i] = 0;
		if (r.has[i] && !date_field(d, &r.day[i]))
		{
			err->column = i + 6;
			snprintf(err->detail, sizeof(err->detail),
					 "%s \"%.20s\" is not an ISO date from 1978 to 2099", header[i + 5], d->text);
			return 1;
		}
	}
	if (!r.has[1])
		r.day[1] = OPEN_START_DAY;
	if (r.has[2] && r.day[2] < r.day[1])
	{
		err->column = 8;
		snprintf(err->detail, sizeof(err->detail), "valid_until %s is before valid_from", f[7].text);
		return 1;
	}
	{
		char		key[SEEN_KEY];
		long		first;

		/* cpa is cut to 40 bytes in the key: two areas that long and alike are not real data */
		snprintf(key, sizeof(key), "%s|%d|%.40s", f[0].text, (int) r.day[1], f[2].text);
		first = seen_before(st->seen, key, line);
		if (first)
		{
			err->column = 1;
			snprintf(err->detail, sizeof(err->detail), "%s in %.20s from the same day repeats line %ld",
					 f[0].text, f[2].text, first);
			return 1;
		}
	}
	if ((st->n & 1023) == 0)
		CHECK_FOR_INTERRUPTS();
	if (st->n == st->cap)
		st->rows = grow(st->rows, &st->cap, sizeof(PrisonRow));
	for (int i = 0; i < 4; i++)
		r.f[i] = pstrdup(f[i].text);
	r.f[4] = pstrdup(ttg_vocab_word(&ttg_resettlement_role_vocab, role));
	r.line = line;
	st->rows[st->n++] = r;
	return 0;
}

static void
csv_error(const TtgCsvError *err, const char *what, const char *source, const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
			 errmsg("%s CSV%s line %ld, column %d: %s", what, source, err->line, err->column, err->detail),
			 errhint("%s", hint)));
}

/* A one-dimensional array of n datums of type typ, with NULLs where nulls[i]. */
static Datum
array_of(Datum *d, bool *nulls, int n, Oid typ, int len, bool byval, char align)
{
	int			dims[1] = {n};
	int			lbs[1] = {1};

	CHECK_FOR_INTERRUPTS();		/* between arrays: each is one bounded copy */
	return PointerGetDatum(construct_md_array(d, nulls, 1, dims, lbs, typ, len, byval, align));
}

/* Whether ttg.resettlement_prison has the periods of 0.2.0 (SPI connected). */
static bool
has_periods(void)
{
	int			ret = SPI_execute("SELECT 1 FROM pg_catalog.pg_attribute"
								  " WHERE attrelid OPERATOR(pg_catalog.=) 'ttg.resettlement_prison'::pg_catalog.regclass"
								  "   AND attname OPERATOR(pg_catalog.=) 'valid_from' AND NOT attisdropped", true, 0);

	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading pg_attribute failed: %s", SPI_result_code_string(ret));
	return SPI_processed > 0;
}

/* After the insert: a line of the CSV that now overlaps another period of its prison and area. */
static void
check_overlaps(const PrisonLoad *st, const char *source)
{
	int			ret = SPI_execute(
								  "SELECT a.prison_code, a.cpa, a.valid_from::text, b.valid_from::text"
								  "  FROM ttg.resettlement_prison a JOIN ttg.resettlement_prison b"
								  "    ON b.prison_code OPERATOR(pg_catalog.=) a.prison_code"
								  "   AND b.cpa OPERATOR(pg_catalog.=) a.cpa"
								  "   AND b.valid_from OPERATOR(pg_catalog.>) a.valid_from"
								  "   AND (a.valid_until IS NULL OR a.valid_until OPERATOR(pg_catalog.>=) b.valid_from)"
								  " ORDER BY 1, 2, 3 LIMIT 1", false, 0);

	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading ttg.resettlement_prison failed: %s", SPI_result_code_string(ret));
	if (SPI_processed > 0)
	{
		HeapTuple	t = SPI_tuptable->vals[0];
		TupleDesc	d = SPI_tuptable->tupdesc;
		char	   *code = SPI_getvalue(t, d, 1);
		char	   *cpa = SPI_getvalue(t, d, 2);
		long		line = 0;

		for (int i = 0; i < st->n; i++)
			if (strcmp(st->rows[i].f[0], code) == 0 && strcmp(st->rows[i].f[2], cpa) == 0)
				line = st->rows[i].line;
		ereport(ERROR,
				(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
				 errmsg("resettlement prison CSV%s line %ld, column 7: %s in %s from %s overlaps its period from %s",
						source, line, code, cpa, SPI_getvalue(t, d, 4), SPI_getvalue(t, d, 3)),
				 errhint("One prison resettles into one area in one period at a time: close the earlier "
						 "period with valid_until before the next valid_from.")));
	}
}

/*
 * Parse csv, then upsert every row with the given shipped flag. replace_areas:
 * first delete the DBA's rows for every area the CSV names (the full list a
 * region holds). Returns the rows loaded.
 */
static int32
load_prisons(const char *buf, size_t len, bool shipped, bool replace_areas, const char *source)
{
	TtgCsvError err;
	PrisonLoad	st;
	Oid			argtypes[11] = {TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID,
		DATEARRAYOID, DATEARRAYOID, DATEARRAYOID, BOOLOID, NAMEOID, INT4ARRAYOID};
	Datum		args[11];
	char		nulls[11];
	Datum	   *cols[9];
	bool	   *dnulls[3];
	int			ret;
	TtgCsvStatus cs;

	memset(&st, 0, sizeof(st));
	memset(nulls, ' ', sizeof(nulls));
	st.ncols = NCOLS;
	st.seen = seen_table("ttg resettlement rows");
	cs = ttg_csv_read(buf, len, header, NCOLS, prison_row, &st, &ttg_csv_palloc, &err);
	if (cs == TTG_CSV_BAD_HEADER)
	{
		/* The 0.1.0 header: no periods. */
		memset(&st, 0, sizeof(st));
		st.ncols = NCOLS_0_1;
		st.seen = seen_table("ttg resettlement rows");
		cs = ttg_csv_read(buf, len, header, NCOLS_0_1, prison_row, &st, &ttg_csv_palloc, &err);
		if (cs == TTG_CSV_BAD_HEADER)
			cs = ttg_csv_read(buf, len, header, NCOLS, prison_row, &st, &ttg_csv_palloc, &err);
	}
	if (cs != TTG_CSV_OK)
		csv_error(&err, "resettlement prison", source, HINT_HEADER);

	for (int c = 0; c < 9; c++)
		cols[c] = palloc(sizeof(Datum) * (st.n + 1));
	for (int c = 0; c < 3; c++)
		dnulls[c] = palloc(sizeof(bool) * (st.n + 1));
	for (int i = 0; i < st.n; i++)
	{
		/* bounded work between interrupt checks: this copy took 60 ms for 200,000 rows */
		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		for (int c = 0; c < 5; c++)
			cols[c][i] = CStringGetTextDatum(st.rows[i].f[c]);
		for (int c = 0; c < 3; c++)
		{
			cols[5 + c][i] = DateADTGetDatum(st.rows[i].day[c]);
			dnulls[c][i] = c == 1 ? false : !st.rows[i].has[c];
		}
		cols[8][i] = Int32GetDatum((int32) st.rows[i].line);
	}
	for (int c = 0; c < 5; c++)
		args[c] = array_of(cols[c], NULL, st.n, TEXTOID, -1, false, TYPALIGN_INT);
	for (int c = 0; c < 3; c++)
		args[5 + c] = array_of(cols[5 + c], dnulls[c], st.n, DATEOID, sizeof(DateADT), true, TYPALIGN_INT);
	args[8] = BoolGetDatum(shipped);
	args[9] = DirectFunctionCall1(namein, CStringGetDatum(GetUserNameFromId(GetOuterUserId(), false)));
	args[10] = array_of(cols[8], NULL, st.n, INT4OID, sizeof(int32), true, TYPALIGN_INT);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (!has_periods())
	{
		/*
		 * The 0.1.0 table (CREATE EXTENSION ttg VERSION '0.1.0' runs this
		 * library too): one row per prison, no periods.
		 */
		ret = SPI_execute_with_args(
									"INSERT INTO ttg.resettlement_prison"
									" (prison_code, prison, cpa, crc, role, live_from, shipped, loaded_by)"
									" SELECT u.code, u.prison, u.cpa, u.crc, u.role, u.live_from, $9, $10"
									"   FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2),"
									"        pg_catalog.unnest($3), pg_catalog.unnest($4), pg_catalog.unnest($5),"
									"        pg_catalog.unnest($6)) AS u(code, prison, cpa, crc, role, live_from)"
									" ON CONFLICT (prison_code) DO UPDATE SET prison = EXCLUDED.prison,"
									"   cpa = EXCLUDED.cpa, crc = EXCLUDED.crc, role = EXCLUDED.role,"
									"   live_from = EXCLUDED.live_from, shipped = EXCLUDED.shipped,"
									"   loaded_at = pg_catalog.now(), loaded_by = EXCLUDED.loaded_by",
									11, argtypes, args, nulls, false, 0);
		if (ret != SPI_OK_INSERT)
			elog(ERROR, "loading resettlement prisons failed: %s", SPI_result_code_string(ret));
		SPI_finish();
		return st.n;
	}
	if (!shipped)
	{
		/* A shipped period cannot be replaced or overlapped: name the first line that would. */
		ret = SPI_execute_with_args(
									"SELECT u.line, u.code, u.cpa, rp.valid_from::text FROM ROWS FROM (pg_catalog.unnest($1),"
									"   pg_catalog.unnest($3), pg_catalog.unnest($7), pg_catalog.unnest($8),"
									"   pg_catalog.unnest($11)) AS u(code, cpa, valid_from, valid_until, line)"
									"  JOIN ttg.resettlement_prison rp ON rp.shipped"
									"   AND rp.prison_code OPERATOR(pg_catalog.=) u.code"
									"   AND rp.cpa OPERATOR(pg_catalog.=) u.cpa"
									"   AND (rp.valid_until IS NULL OR rp.valid_until OPERATOR(pg_catalog.>=) u.valid_from)"
									"   AND (u.valid_until IS NULL OR u.valid_until OPERATOR(pg_catalog.>=) rp.valid_from)"
									" ORDER BY u.line LIMIT 1",
									11, argtypes, args, nulls, true, 0);
		if (ret != SPI_OK_SELECT)
			elog(ERROR, "reading ttg.resettlement_prison failed: %s", SPI_result_code_string(ret));
		if (SPI_processed > 0)
			ereport(ERROR,
					(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
					 errmsg("resettlement prison CSV line %s, column 1: %s in %s ships with ttg from %s and cannot be replaced",
							SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1),
							SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2),
							SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3),
							SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 4)),
					 errhint("Add another area, or a period of your own that ends before the shipped one starts.")));
	}
	if (replace_areas)
	{
		ret = SPI_execute_with_args(
									"DELETE FROM ttg.resettlement_prison WHERE NOT shipped"
									"   AND cpa OPERATOR(pg_catalog.=) ANY ($3)",
									11, argtypes, args, nulls, false, 0);
		if (ret != SPI_OK_DELETE)
			elog(ERROR, "replacing resettlement prisons failed: %s", SPI_result_code_string(ret));
	}
	ret = SPI_execute_with_args(
								"INSERT INTO ttg.resettlement_prison"
								" (prison_code, prison, cpa, crc, role, live_from, valid_from, valid_until, shipped, loaded_by)"
								" SELECT u.code, u.prison, u.cpa, u.crc, u.role, u.live_from, u.valid_from, u.valid_until, $9, $10"
								"   FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2),"
								"        pg_catalog.unnest($3), pg_catalog.unnest($4), pg_catalog.unnest($5),"
								"        pg_catalog.unnest($6), pg_catalog.unnest($7), pg_catalog.unnest($8))"
								"        AS u(code, prison, cpa, crc, role, live_from, valid_from, valid_until)"
								" ON CONFLICT (prison_code, cpa, valid_from) DO UPDATE SET prison = EXCLUDED.prison,"
								"   crc = EXCLUDED.crc, role = EXCLUDED.role, live_from = EXCLUDED.live_from,"
								"   valid_until = EXCLUDED.valid_until, shipped = EXCLUDED.shipped,"
								"   loaded_at = pg_catalog.now(), loaded_by = EXCLUDED.loaded_by",
								11, argtypes, args, nulls, false, 0);
	if (ret != SPI_OK_INSERT)
		elog(ERROR, "loading resettlement prisons failed: %s", SPI_result_code_string(ret));
	check_overlaps(&st, source);
	SPI_finish();
	return st.n;
}

/* ---- prison names ------------------------------------------------------------ */

typedef struct NameLoad
{
	char	  **code;
	char	  **name;
	long	   *line;
	int			n;
	int			cap;
	HTAB	   *seen;
} NameLoad;

static int
name_row(void *ctx, long line, const TtgCsvField *f, int ncols, TtgCsvError *err)
{
	NameLoad   *st = ctx;

	(void) ncols;
	if (!valid_code(f[0].text, f[0].len))
	{
		err->column = 1;
		snprintf(err->detail, sizeof(err->detail),
				 "prison_code \"%.20s\" is not 1 to 8 upper-case letters or digits", f[0].text);
		return 1;
	}
	if (f[1].len == 0)
	{
		err->column = 2;
		snprintf(err->detail, sizeof(err->detail), "prison is empty");
		return 1;
	}
	{
		long		first = seen_before(st->seen, f[0].text, line);

		if (first)
		{
			err->column = 1;
			snprintf(err->detail, sizeof(err->detail), "%s repeats line %ld", f[0].text, first);
			return 1;
		}
	}
	if ((st->n & 1023) == 0)
		CHECK_FOR_INTERRUPTS();
	if (st->n == st->cap)
	{
		int			cap = st->cap;

		st->code = grow(st->code, &cap, sizeof(char *));
		cap = st->cap;
		st->name = grow(st->name, &cap, sizeof(char *));
		st->line = grow(st->line, &st->cap, sizeof(long));
	}
	st->code[st->n] = pstrdup(f[0].text);
	st->name[st->n] = pstrdup(f[1].text);
	st->line[st->n] = line;
	st->n++;
	return 0;
}

static int32
load_names(const char *buf, size_t len, bool shipped, const char *source)
{
	static const char *const names_header[2] = {"prison_code", "prison"};
	TtgCsvError err;
	NameLoad	st;
	Oid			argtypes[4] = {TEXTARRAYOID, TEXTARRAYOID, BOOLOID, NAMEOID};
	Datum		args[4];
	Datum	   *c0;
	Datum	   *c1;
	int			ret;

	memset(&st, 0, sizeof(st));
	st.seen = seen_table("ttg prison codes");
	if (ttg_csv_read(buf, len, names_header, 2, name_row, &st, &ttg_csv_palloc, &err) != TTG_CSV_OK)
		csv_error(&err, "prison", source,
				  "Give a header line \"prison_code,prison\", then one prison per line (NOMIS code, name).");
	c0 = palloc(sizeof(Datum) * (st.n + 1));
	c1 = palloc(sizeof(Datum) * (st.n + 1));
	for (int i = 0; i < st.n; i++)
	{
		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		c0[i] = CStringGetTextDatum(st.code[i]);
		c1[i] = CStringGetTextDatum(st.name[i]);
	}
	args[0] = array_of(c0, NULL, st.n, TEXTOID, -1, false, TYPALIGN_INT);
	args[1] = array_of(c1, NULL, st.n, TEXTOID, -1, false, TYPALIGN_INT);
	args[2] = BoolGetDatum(shipped);
	args[3] = DirectFunctionCall1(namein, CStringGetDatum(GetUserNameFromId(GetOuterUserId(), false)));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (!shipped)
	{
		ret = SPI_execute_with_args("SELECT p.prison_code FROM ttg.prison p WHERE p.shipped"
									"   AND p.prison_code OPERATOR(pg_catalog.=) ANY ($1) ORDER BY 1 LIMIT 1",
									4, argtypes, args, NULL, true, 0);
		if (ret != SPI_OK_SELECT)
			elog(ERROR, "reading ttg.prison failed: %s", SPI_result_code_string(ret));
		if (SPI_processed > 0)
		{
			char	   *code = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
			long		line = 0;

			for (int i = 0; i < st.n; i++)
				if (strcmp(st.code[i], code) == 0)
					line = st.line[i];
			ereport(ERROR,
					(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
					 errmsg("prison CSV line %ld, column 1: %s ships with ttg and cannot be replaced", line, code),
					 errhint("Add prisons the shipped list does not hold.")));
		}
	}
	ret = SPI_execute_with_args("INSERT INTO ttg.prison (prison_code, prison, shipped, loaded_by)"
								" SELECT u.code, u.prison, $3, $4"
								"   FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2)) AS u(code, prison)"
								" ON CONFLICT (prison_code) DO UPDATE SET prison = EXCLUDED.prison,"
								"   shipped = EXCLUDED.shipped, loaded_at = pg_catalog.now(), loaded_by = EXCLUDED.loaded_by",
								4, argtypes, args, NULL, false, 0);
	if (ret != SPI_OK_INSERT)
		elog(ERROR, "loading prisons failed: %s", SPI_result_code_string(ret));
	SPI_finish();
	return st.n;
}

/* The text of SHAREDIR/extension/<file>. */
static StringInfo
read_shipped(const char *file)
{
	char		share[MAXPGPATH];
	char		path[MAXPGPATH + 64];
	StringInfo	buf = makeStringInfo();
	FILE	   *fp;
	char		chunk[4096];
	size_t		got;

	get_share_path(my_exec_path, share);
	snprintf(path, sizeof(path), "%s/extension/%s", share, file);
	fp = AllocateFile(path, PG_BINARY_R);
	if (fp == NULL)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not open \"%s\": %m", path),
				 errhint("Reinstall the ttg package: it ships this file.")));
	while ((got = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		appendBinaryStringInfo(buf, chunk, (int) got);
	if (ferror(fp))
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not read \"%s\": %m", path)));
	FreeFile(fp);
	return buf;
}

/* ttg.load_resettlement_prisons(csv [, replace_areas]): add or replace a DBA's own rows. */
PG_FUNCTION_INFO_V1(ttg_sql_load_resettlement_prisons);
Datum
ttg_sql_load_resettlement_prisons(PG_FUNCTION_ARGS)
{
	text	   *csv;
	bool		replace = false;

	if (PG_ARGISNULL(0) || (PG_NARGS() > 1 && PG_ARGISNULL(1)))
		PG_RETURN_NULL();
	csv = PG_GETARG_TEXT_PP(0);
	if (PG_NARGS() > 1)
		replace = PG_GETARG_BOOL(1);
	PG_RETURN_INT32(load_prisons(VARDATA_ANY(csv), VARSIZE_ANY_EXHDR(csv), false, replace, ""));
}

/* ttg.load_shipped_resettlement_prisons(): (re)load the CSV installed with the package. */
PG_FUNCTION_INFO_V1(ttg_sql_load_shipped_resettlement_prisons);
Datum
ttg_sql_load_shipped_resettlement_prisons(PG_FUNCTION_ARGS)
{
	StringInfo	buf = read_shipped(SHIPPED_FILE);

	PG_RETURN_INT32(load_prisons(buf->data, buf->len, true, false, psprintf(" %s", SHIPPED_FILE)));
}

/* ttg.load_prisons(csv): a DBA's own prison names. */
PG_FUNCTION_INFO_V1(ttg_sql_load_prisons);
Datum
ttg_sql_load_prisons(PG_FUNCTION_ARGS)
{
	text	   *csv = PG_GETARG_TEXT_PP(0);

	PG_RETURN_INT32(load_names(VARDATA_ANY(csv), VARSIZE_ANY_EXHDR(csv), false, ""));
}

/* ttg.load_shipped_prisons(): (re)load the prison names installed with the package. */
PG_FUNCTION_INFO_V1(ttg_sql_load_shipped_prisons);
Datum
ttg_sql_load_shipped_prisons(PG_FUNCTION_ARGS)
{
	StringInfo	buf = read_shipped(SHIPPED_NAMES_FILE);

	PG_RETURN_INT32(load_names(buf->data, buf->len, true, psprintf(" %s", SHIPPED_NAMES_FILE)));
}

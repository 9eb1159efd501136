/*
 * csv_core.c: strict CSV reading on top of libcsv.
 *
 * The input is fed to libcsv one physical line at a time, so the callbacks
 * know the line they are on: errors name the line a user sees in an editor.
 */
#include <stdio.h>
#include <string.h>
#include <csv.h>

#include "csv_core.h"

typedef struct Reader
{
	const char *const *header;
	int			ncols;
	TtgCsvRowFn row_fn;
	void	   *ctx;
	TtgCsvError *err;
	long		line;			/* physical line being fed */
	long		records;		/* records completed */
	int			nfields;		/* fields of the current record */
	TtgCsvField fields[TTG_CSV_MAX_COLS];
	char	   *store[TTG_CSV_MAX_COLS];	/* copies owned by the reader */
	size_t		cap[TTG_CSV_MAX_COLS];
	const TtgCsvAlloc *alloc;
	int			stopped;
} Reader;

static void
fail(Reader *r, TtgCsvStatus st, int column, const char *detail)
{
	if (r->stopped)
		return;
	r->stopped = 1;
	r->err->status = st;
	r->err->line = r->line;
	r->err->column = column;
	snprintf(r->err->detail, sizeof(r->err->detail), "%s", detail);
}

/* libcsv: end of a field. */
static void
on_field(void *s, size_t len, void *data)
{
	Reader	   *r = data;
	int			i = r->nfields++;

	if (r->stopped || i >= r->ncols)
		return;
	if (r->cap[i] < len + 1)
	{
		char	   *p = r->alloc->realloc_fn(r->store[i], len + 1);

		if (p == NULL)
		{
			fail(r, TTG_CSV_NO_MEMORY, i + 1, "out of memory");
			return;
		}
		r->store[i] = p;
		r->cap[i] = len + 1;
	}
	if (len > 0)
		memcpy(r->store[i], s, len);
	r->store[i][len] = '\0';
	r->fields[i].text = r->store[i];
	r->fields[i].len = len;
}

static void
trim(const char **s, size_t *len)
{
	while (*len > 0 && (**s == ' ' || **s == '\t'))
		(*s)++, (*len)--;
	while (*len > 0 && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t' || (*s)[*len - 1] == '\r'))
		(*len)--;
}

/* libcsv: end of a record. */
static void
on_record(int c, void *data)
{
	Reader	   *r = data;
	int			n = r->nfields;

	(void) c;
	r->nfields = 0;
	if (r->stopped)
		return;
	if (r->records++ == 0)
	{
		for (int i = 0; i < r->ncols; i++)
		{
			const char *s;
			size_t		len;

			if (i >= n)
			{
				fail(r, TTG_CSV_BAD_HEADER, i + 1, "header has too few columns");
				return;
			}
			s = r->fields[i].text;
			len = r->fields[i].len;
			trim(&s, &len);
			if (len != strlen(r->header[i]) || memcmp(s, r->header[i], len) != 0)
			{
				fail(r, TTG_CSV_BAD_HEADER, i + 1, "unexpected column name");
				return;
			}
		}
		if (n > r->ncols)
			fail(r, TTG_CSV_BAD_HEADER, r->ncols + 1, "header has too many columns");
		return;
	}
	if (n != r->ncols)
	{
		char		d[64];

		snprintf(d, sizeof(d), "expected %d fields, found %d", r->ncols, n);
		fail(r, TTG_CSV_WRONG_COLUMNS, n < r->ncols ? n + 1 : r->ncols + 1, d);
		return;
	}
	if (r->row_fn(r->ctx, r->line, r->fields, n, r->err) != 0)
	{
		r->stopped = 1;
		r->err->status = TTG_CSV_REJECTED;
		r->err->line = r->line;
	}
}

TtgCsvStatus
ttg_csv_read(const char *buf, size_t len, const char *const *header, int ncols,
			 TtgCsvRowFn row_fn, void *ctx, const TtgCsvAlloc *alloc, TtgCsvError *err)
{
	struct csv_parser p;
	Reader		r;
	size_t		pos = 0,
				fed = 0;		/* bytes fed since the last interrupt check */

	memset(&r, 0, sizeof(r));
	memset(err, 0, sizeof(*err));
	r.header = header;
	r.ncols = ncols > TTG_CSV_MAX_COLS ? TTG_CSV_MAX_COLS : ncols;
	r.row_fn = row_fn;
	r.ctx = ctx;
	r.err = err;
	r.alloc = alloc;

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
	{
		err->status = TTG_CSV_NO_MEMORY;
		return err->status;
	}
	csv_set_realloc_func(&p, alloc->realloc_fn);
	csv_set_free_func(&p, alloc->free_fn);

	while (pos < len && !r.stopped)
	{
		const char *nl = memchr(buf + pos, '\n', len - pos);
		size_t		end = nl ? (size_t) (nl - buf) + 1 : len;

		r.line++;
		/* One line, fed in pieces: a check at least every TTG_CSV_CHECK_BYTES, however long the line. */
		while (pos < end && !r.stopped)
		{
			size_t		chunk = end - pos;

			if (chunk > TTG_CSV_CHECK_BYTES - fed)
				chunk = TTG_CSV_CHECK_BYTES - fed;
			if (csv_parse(&p, buf + pos, chunk, on_field, on_record, &r) != chunk && !r.stopped)
				fail(&r, TTG_CSV_MALFORMED, r.nfields + 1, "malformed quoting: a quote inside an unquoted field, or a quoted field never closed");
			pos += chunk;
			fed += chunk;
			if (fed == TTG_CSV_CHECK_BYTES)
			{
				fed = 0;
				if (alloc->interrupt_fn)
					alloc->interrupt_fn();
			}
		}
	}
	if (!r.stopped && csv_fini(&p, on_field, on_record, &r) != 0)
		fail(&r, TTG_CSV_MALFORMED, r.nfields + 1, "malformed quoting: a quote inside an unquoted field, or a quoted field never closed");
	csv_free(&p);
	for (int i = 0; i < TTG_CSV_MAX_COLS; i++)
		if (r.store[i])
			alloc->free_fn(r.store[i]);

	if (!r.stopped && r.records == 0)
	{
		err->status = TTG_CSV_EMPTY;
		err->line = 1;
		err->column = 1;
		snprintf(err->detail, sizeof(err->detail), "no header line");
	}
	return err->status;
}

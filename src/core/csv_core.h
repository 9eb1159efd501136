/*
 * csv_core.h: strict CSV reading with libcsv, reporting line and column.
 *
 * The reader checks the header against the expected column names, then hands
 * each record to a callback as an array of fields. Memory for libcsv's buffer
 * comes from the allocator the caller names, so a PostgreSQL error thrown from
 * a callback leaks nothing.
 */
#ifndef TTG_CSV_CORE_H
#define TTG_CSV_CORE_H

#include <stddef.h>
#include <stdint.h>

#define TTG_CSV_MAX_COLS 16

typedef enum TtgCsvStatus
{
	TTG_CSV_OK = 0,
	TTG_CSV_EMPTY,				/* no header line */
	TTG_CSV_BAD_HEADER,			/* header differs from the expected columns */
	TTG_CSV_WRONG_COLUMNS,		/* a record has too few or too many fields */
	TTG_CSV_MALFORMED,			/* libcsv rejected the quoting */
	TTG_CSV_NO_MEMORY,
	TTG_CSV_REJECTED			/* the row callback rejected a field */
} TtgCsvStatus;

typedef struct TtgCsvField
{
	const char *text;			/* NUL-terminated */
	size_t		len;
} TtgCsvField;

/* Where a read failed: 1-based physical line and column (0 when not known). */
typedef struct TtgCsvError
{
	TtgCsvStatus status;
	long		line;
	int			column;
	char		detail[128];
} TtgCsvError;

/*
 * Row callback: fields[0..ncols-1] of the record ending on physical line
 * `line`. Return 0 to go on; otherwise set err->column and err->detail and
 * return non-zero to stop with TTG_CSV_REJECTED.
 */
typedef int (*TtgCsvRowFn) (void *ctx, long line, const TtgCsvField *fields, int ncols, TtgCsvError *err);

/*
 * The caller's environment: libcsv's allocator, and an optional hook called
 * after every TTG_CSV_CHECK_BYTES of input however the input is split into
 * lines and records (the server's interrupt check: it may not return).
 */
typedef struct TtgCsvAlloc
{
	void	   *(*realloc_fn) (void *, size_t);
	void		(*free_fn) (void *);
	void		(*interrupt_fn) (void);
} TtgCsvAlloc;

#define TTG_CSV_CHECK_BYTES ((size_t) 1 << 18)

/*
 * Read buf[0..len): the first record must equal header[0..ncols-1] (names
 * compared exactly after trimming spaces); each later record must have ncols
 * fields. Blank lines are skipped. Returns the status, also in err->status.
 */
TtgCsvStatus ttg_csv_read(const char *buf, size_t len,
						  const char *const *header, int ncols,
						  TtgCsvRowFn row_fn, void *ctx,
						  const TtgCsvAlloc *alloc, TtgCsvError *err);

#endif

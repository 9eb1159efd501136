/*
 * fuzz_csv.c: libFuzzer target for the CSV reader and the calendar row rules,
 * the one path that reads bytes from outside. Build and run by hand:
 *   make fuzz && test/fuzz/bin/fuzz_csv -max_total_time=60
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csv_core.h"
#include "date_core.h"

static int
row(void *ctx, long line, const TtgCsvField *f, int ncols, TtgCsvError *err)
{
	int32_t		day;
	long	   *rows = ctx;

	(void) line;
	(void) ncols;
	if (!ttg_parse_iso_date(f[0].text, f[0].len, &day) || !ttg_day_in_range(day))
	{
		err->column = 1;
		return 1;
	}
	/* Fields must be NUL-terminated at their length. */
	if (f[1].text[f[1].len] != '\0')
		abort();
	(*rows)++;
	return 0;
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const header[] = {"date", "title"};
	TtgCsvAlloc alloc = {realloc, free, NULL};
	TtgCsvError err;
	long		rows = 0;
	TtgCsvStatus st = ttg_csv_read((const char *) data, size, header, 2, row, &rows, &alloc, &err);

	if (st != TTG_CSV_OK && (err.line < 1 || err.column < 0))
		abort();
	return 0;
}

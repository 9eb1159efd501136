/*
 * test_csv.c: cmocka tests of the strict CSV reader: line and column of errors,
 * and the interrupt hook, which must run after every TTG_CSV_CHECK_BYTES of input
 * however the input falls into lines (one huge line, or a million blank ones), so
 * that a cancelled load stops within a bounded amount of work.
 */
#include <stdlib.h>
#include <string.h>
#include "test_helpers.h"
#include "csv_core.h"

static const char *const header[] = {"date", "title"};
static long rows;
static long checks;

static int
count_row(void *ctx, long line, const TtgCsvField *f, int ncols, TtgCsvError *err)
{
	(void) ctx, (void) line, (void) f, (void) ncols, (void) err;
	rows++;
	return 0;
}

static void
count_check(void)
{
	checks++;
}

static const TtgCsvAlloc alloc = {realloc, free, count_check};

static TtgCsvStatus
read_csv(const char *buf, size_t len, TtgCsvError *err)
{
	rows = 0;
	checks = 0;
	return ttg_csv_read(buf, len, header, 2, count_row, NULL, &alloc, err);
}

static void
test_errors_name_line_and_column(void **state)
{
	TtgCsvError err;
	const char *csv = "date,title\n2024-01-01,a\n\n2024-01-02\n";

	(void) state;
	/* Line 4 (the blank line 3 counts): one field where two are expected, column 2. */
	assert_int_equal(read_csv(csv, strlen(csv), &err), TTG_CSV_WRONG_COLUMNS);
	assert_int_equal(err.line, 4);
	assert_int_equal(err.column, 2);
	assert_int_equal(rows, 1);
}

static void
test_interrupt_on_one_long_line(void **state)
{
	/* A header, then one record whose title is 4 * TTG_CSV_CHECK_BYTES + 10 bytes. */
	size_t		title = 4 * TTG_CSV_CHECK_BYTES + 10;
	size_t		len = strlen("date,title\n2024-01-01,") + title + 1;
	char	   *buf = malloc(len);
	TtgCsvError err;

	(void) state;
	strcpy(buf, "date,title\n2024-01-01,");
	memset(buf + strlen(buf), 'x', title);
	buf[len - 1] = '\n';
	assert_int_equal(read_csv(buf, len, &err), TTG_CSV_OK);
	assert_int_equal(rows, 1);
	/* len / TTG_CSV_CHECK_BYTES whole pieces: 4 checks. */
	assert_int_equal(checks, (long) (len / TTG_CSV_CHECK_BYTES));
	free(buf);
}

static void
test_interrupt_on_blank_lines(void **state)
{
	/* A header and 3 * TTG_CSV_CHECK_BYTES blank lines: no record, yet 3 checks. */
	size_t		len = 11 + 3 * TTG_CSV_CHECK_BYTES;
	char	   *buf = malloc(len);
	TtgCsvError err;

	(void) state;
	memcpy(buf, "date,title\n", 11);
	memset(buf + 11, '\n', len - 11);
	assert_int_equal(read_csv(buf, len, &err), TTG_CSV_OK);
	assert_int_equal(rows, 0);
	assert_int_equal(checks, 3);
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_errors_name_line_and_column),
		cmocka_unit_test(test_interrupt_on_one_long_line),
		cmocka_unit_test(test_interrupt_on_blank_lines),
	};

	return cmocka_run_group_tests_name("csv", tests, NULL, NULL);
}

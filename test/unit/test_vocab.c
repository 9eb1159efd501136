/*
 * test_vocab.c: cmocka tests of the one vocabulary lookup (vocab_core.h):
 * the case rule, aliases, canonical words and the rendered hint.
 */
#include <string.h>

#include "test_helpers.h"
#include "vocab_core.h"

enum
{
	RED, RED_AMBER, AMBER, GREEN, BLUE
};

static const TtgVocabEntry brag_entries[] = {
	{"red", RED}, {"red_amber", RED_AMBER}, {"amber", AMBER}, {"green", GREEN}, {"blue", BLUE},
	/* aliases after the canonical words */
	{"r", RED}, {"ra", RED_AMBER},
};
static const TtgVocab brag = TTG_VOCAB_ALIASED("BRAG status", brag_entries, 5);

static int
look(const char *s)
{
	int			id = -1;

	return ttg_vocab_lookup(&brag, s, strlen(s), &id) ? id : -1;
}

static void
test_key(void **state)
{
	char		k[TTG_VOCAB_KEY_MAX + 1];
	char		longer[TTG_VOCAB_KEY_MAX + 3];

	(void) state;
	assert_int_equal(ttg_vocab_key("  Red/Amber\t", 12, k), 9);
	assert_string_equal(k, "red_amber");
	assert_int_equal(ttg_vocab_key("Very-High Risk", 14, k), 14);
	assert_string_equal(k, "very_high_risk");
	/* A run of separators inside is one underscore; the ends are trimmed. */
	assert_int_equal(ttg_vocab_key(" a  b ", 6, k), 3);
	assert_string_equal(k, "a_b");
	assert_int_equal(ttg_vocab_key("Sent home - service", 19, k), 17);
	assert_string_equal(k, "sent_home_service");
	assert_int_equal(ttg_vocab_key("_x_", 3, k), 3);
	assert_string_equal(k, "_x_");
	assert_int_equal(ttg_vocab_key("   ", 3, k), 0);
	assert_string_equal(k, "");
	/* Only ASCII letters fold; other bytes pass through. */
	assert_int_equal(ttg_vocab_key("CO38", 4, k), 4);
	assert_string_equal(k, "co38");
	memset(longer, 'x', sizeof longer);
	assert_int_equal(ttg_vocab_key(longer, TTG_VOCAB_KEY_MAX, k), TTG_VOCAB_KEY_MAX);
	assert_int_equal(ttg_vocab_key(longer, TTG_VOCAB_KEY_MAX + 1, k), -1);
	/* Blanks around a long value do not count against the limit. */
	longer[0] = ' ';
	longer[TTG_VOCAB_KEY_MAX + 1] = ' ';
	assert_int_equal(ttg_vocab_key(longer, TTG_VOCAB_KEY_MAX + 2, k), TTG_VOCAB_KEY_MAX);
}

static void
test_lookup(void **state)
{
	(void) state;
	assert_int_equal(look("red"), RED);
	assert_int_equal(look("Red/Amber"), RED_AMBER);
	assert_int_equal(look("RED AMBER"), RED_AMBER);
	assert_int_equal(look(" red-amber "), RED_AMBER);
	assert_int_equal(look("BLUE"), BLUE);
	assert_int_equal(look("RA"), RED_AMBER);
	assert_int_equal(look("redamber"), -1);
	assert_int_equal(look("red__amber"), RED_AMBER);
	assert_int_equal(look("Red / Amber"), RED_AMBER);
	assert_int_equal(look(""), -1);
	assert_int_equal(look("  "), -1);
	assert_int_equal(look("purple"), -1);
	/* A value with the right prefix is not a match. */
	assert_int_equal(look("reds"), -1);
	{
		int			id = 7;

		/* len bounds the value: "red" of "redx". */
		assert_true(ttg_vocab_lookup(&brag, "redx", 3, &id));
		assert_int_equal(id, RED);
	}
}

static void
test_words_and_hint(void **state)
{
	char		buf[64];
	char		tiny[12];

	(void) state;
	assert_string_equal(ttg_vocab_word(&brag, RED_AMBER), "red_amber");
	assert_string_equal(ttg_vocab_word(&brag, BLUE), "blue");
	assert_null(ttg_vocab_word(&brag, 42));
	/* Aliases are never listed. */
	/* 3 + 2 + 9 + 2 + 5 + 2 + 5 + 2 + 4 = 34 bytes. */
	assert_int_equal(ttg_vocab_hint(&brag, buf, sizeof buf), 34);
	assert_string_equal(buf, "red, red_amber, amber, green, blue");
	/* "red, red_amber" does not fit 12 bytes: "red" then the mark. */
	assert_int_equal(ttg_vocab_hint(&brag, tiny, sizeof tiny), 6);
	assert_string_equal(tiny, "red...");
	assert_int_equal(ttg_vocab_hint(&brag, tiny, 0), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_key),
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_words_and_hint),
	};

	return cmocka_run_group_tests_name("vocab", tests, NULL, NULL);
}

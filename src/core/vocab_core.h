/*
 * vocab_core.h: the one lookup for every word a ttg function or loader accepts.
 *
 * Pure C99. One table shape (a word, or a code, and the id it stands for) and
 * one case rule: a value is matched after trimming ASCII blanks, with upper
 * case folded to lower and spaces, hyphens and slashes read as underscores, a
 * run of them as one ("Red/Amber", " red-amber ", "RED / AMBER" all match
 * red_amber; "Sent home - service issues" matches sent_home_service_issues). The
 * canonical form of a word is lower_snake_case; the hint lists the canonical
 * words of a vocabulary in table order.
 *
 * To adopt it for a vocabulary: list its entries, canonical words first (one
 * per id, in the order the hint should show them), then any aliases, and
 * declare
 *     static const TtgVocab v = TTG_VOCAB("order requirement", entries, ncanonical);
 * then call ttg_vocab_lookup(&v, s, len, &id). The SQL glue
 * (src/pg/vocab_pg.h, ttg_vocab_arg) raises 22023 naming the value with the
 * hint rendered by ttg_vocab_hint.
 */
#ifndef TTG_VOCAB_CORE_H
#define TTG_VOCAB_CORE_H

#include <stdbool.h>
#include <stddef.h>

/* One row of a vocabulary: a word (or code) in canonical form, and its id. */
typedef struct TtgVocabEntry
{
	const char *word;
	int			id;
} TtgVocabEntry;

typedef struct TtgVocab
{
	const char *what;			/* what the words name, for messages: "contact outcome" */
	const TtgVocabEntry *entries;
	int			n;				/* entries */
	int			ncanonical;		/* entries[0..ncanonical-1] are the canonical words */
} TtgVocab;

#define TTG_VOCAB_COUNT(a) ((int) (sizeof(a) / sizeof((a)[0])))
/* A vocabulary whose entries are all canonical words. */
#define TTG_VOCAB(what, entries) {(what), (entries), TTG_VOCAB_COUNT(entries), TTG_VOCAB_COUNT(entries)}
/* A vocabulary with aliases after its first ncanonical entries. */
#define TTG_VOCAB_ALIASED(what, entries, ncanonical) \
	{(what), (entries), TTG_VOCAB_COUNT(entries), (ncanonical)}

/* Longest key matched (longer values never match). */
#define TTG_VOCAB_KEY_MAX 63

/*
 * The key of s[0..len) under the case rule, written NUL-terminated to out (at
 * least TTG_VOCAB_KEY_MAX + 1 bytes). Returns its length, or -1 when the
 * trimmed value is longer than TTG_VOCAB_KEY_MAX bytes.
 */
int			ttg_vocab_key(const char *s, size_t len, char *out);

/* The id of s under the case rule; false when unknown. */
bool		ttg_vocab_lookup(const TtgVocab *v, const char *s, size_t len, int *id);

/*
 * TTG_VOCAB_PARSER(fn, vocab, type) defines
 *   bool fn(const char *s, size_t len, type *out)
 * the id of s[0..len) in vocab as a value of the enum type, false when unknown:
 * every typed word parser of the core is this one definition.
 */
#define TTG_VOCAB_PARSER(fn, vocab, type) \
	bool fn(const char *s, size_t len, type *out) \
	{ \
		int			id_; \
		if (!ttg_vocab_lookup(&(vocab), s, len, &id_)) \
			return false; \
		*out = (type) id_; \
		return true; \
	}

/* The canonical word of id (the first entry with that id), or NULL. */
const char *ttg_vocab_word(const TtgVocab *v, int id);

/*
 * The canonical words joined by ", " into buf (NUL-terminated, truncated to
 * size - 1 with "..." when it does not fit). Returns the length written.
 */
size_t		ttg_vocab_hint(const TtgVocab *v, char *buf, size_t size);

#endif

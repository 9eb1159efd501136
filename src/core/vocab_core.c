/*
 * vocab_core.c: one lookup and one case rule for every vocabulary.
 */
#include <string.h>

#include "vocab_core.h"

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Read as an underscore: blanks, hyphens, slashes and underscores themselves. */
static bool
is_separator(char c)
{
	return is_blank(c) || c == '-' || c == '/' || c == '_';
}

int
ttg_vocab_key(const char *s, size_t len, char *out)
{
	size_t		lo = 0,
				hi = len,
				n = 0;

	while (lo < hi && is_blank(s[lo]))
		lo++;
	while (hi > lo && is_blank(s[hi - 1]))
		hi--;

	if (hi - lo > TTG_VOCAB_KEY_MAX)
		return -1;
	for (size_t i = lo; i < hi; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		else if (is_separator(c))
		{
			/* A run of separators ("Sent home - service") is one underscore. */
			if (n > 0 && out[n - 1] == '_')
				continue;
			c = '_';
		}
		out[n++] = c;
	}
	out[n] = '\0';
	return (int) n;
}

bool
ttg_vocab_lookup(const TtgVocab *v, const char *s, size_t len, int *id)
{
	char		key[TTG_VOCAB_KEY_MAX + 1];
	int			n = ttg_vocab_key(s, len, key);

	if (n <= 0)
		return false;
	for (int i = 0; i < v->n; i++)
		if (strcmp(v->entries[i].word, key) == 0)
		{
			*id = v->entries[i].id;
			return true;
		}
	return false;
}

const char *
ttg_vocab_word(const TtgVocab *v, int id)
{
	for (int i = 0; i < v->ncanonical; i++)
		if (v->entries[i].id == id)
			return v->entries[i].word;
	return NULL;
}

size_t
ttg_vocab_hint(const TtgVocab *v, char *buf, size_t size)
{
	size_t		n = 0;

	if (size == 0)
		return 0;
	buf[0] = '\0';
	for (int i = 0; i < v->ncanonical; i++)
	{
		const char *w = v->entries[i].word;
		size_t		need = strlen(w) + (i > 0 ? 2 : 0);

		if (n + need + 1 > size)
		{
			/* Mark the cut where there is room for it. */
			if (size >= 4)
			{
				n = n + 4 > size ? size - 4 : n;
				memcpy(buf + n, "...", 4);
				n += 3;
			}
			return n;
		}
		if (i > 0)
		{
			memcpy(buf + n, ", ", 2);
			n += 2;
		}
		memcpy(buf + n, w, strlen(w) + 1);
		n += strlen(w);
	}
	return n;
}

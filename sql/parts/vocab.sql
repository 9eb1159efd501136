
-- ===========================================================================
-- Vocabularies: one case rule for every word ttg accepts.
-- ===========================================================================

CREATE FUNCTION ttg.vocab_key(value text) RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_pg_vocab_key'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.vocab_key(text) IS
  'The key a word or code is matched by, everywhere in ttg: trimmed, upper case folded to lower, spaces, hyphens and slashes read as underscores, a run of them as one (''Red / Amber'' gives red_amber, ''CO38'' gives co38). NULL when longer than 63 bytes once trimmed. The reference tables look codes up by this key, so SQL and C match words the same way.';

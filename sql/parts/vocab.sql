
-- ===========================================================================
-- Vocabularies: one case rule for every word ttg accepts.
-- ===========================================================================

CREATE FUNCTION ttg.vocab_key(value text) RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_vocab_key'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.vocab_key(text) IS
  'The key a word or code is matched by, everywhere in ttg: trimmed, upper case folded to lower, spaces, hyphens and slashes read as underscores, a run of them as one (''Red / Amber'' gives red_amber, ''CO38'' gives co38). NULL when longer than 63 bytes once trimmed. The reference tables look codes up by this key, so SQL and C match words the same way.';

CREATE FUNCTION ttg.vocab_word(vocabulary text, value text) RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_vocab_word'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.vocab_word(text, text) IS
  'The canonical word of value in a named vocabulary (contact_outcome, requirement, reoffer_rule, partial_month, sent_home, attribution, pause_kind, pause_rule, brag_status, tier, rosh, sex, environment, prison_type, provider, omic_era, omic_start, activity, travel_mode, order_type, cancelled_by, programme_activity), matched by the one case rule (ttg.vocab_key): ttg.vocab_word(''brag_status'', ''Red/Amber'') is red_amber. Unknown value or vocabulary: 22023 listing the accepted words.';

CREATE FUNCTION ttg.vocab_check(vocabulary text, value text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_vocab_check'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.vocab_check(text, text) IS
  'True when value is a canonical word of the vocabulary exactly as stored; otherwise 22023 naming the value and listing the accepted words (or, when it differs only by the case rule, the canonical spelling). For CHECK constraints and domains: a bad value fails the row at INSERT or \copy, which names the column and line. NULL in, NULL out (a CHECK passes).';

CREATE FUNCTION ttg.vocab_words(vocabulary text) RETURNS SETOF text
  AS 'MODULE_PATHNAME', 'ttg_sql_vocab_words'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION ttg.vocab_words(text) IS
  'The canonical words of a named vocabulary, in the order the error hints list them.';

CREATE FUNCTION ttg.vocab_check(vocabulary text, value text, column_name text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_vocab_check'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.vocab_check(text, text, text) IS
  'As ttg.vocab_check(vocabulary, value), naming column_name in the error ("invalid contact outcome in column outcome: ..."), for CHECK constraints: with the line that COPY adds, a bad value in a \copy is named by value, column and line.';

CREATE FUNCTION ttg.vocab_check(vocabulary text, value text[], column_name text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_vocab_check_array'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.vocab_check(text, text[], text) IS
  'ttg.vocab_check(vocabulary, element, column_name) for every element of an array (a NULL element: 22004), for CHECK constraints on word arrays such as cases.requirements.';

-- ---------------------------------------------------------------------------
-- The reporting model's checks of shape (ranges, dates in order): the same
-- precise error as a vocabulary, value and column named, the accepted values
-- in the hint (COPY adds the line).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.model_reject(column_name text, value text, accepted text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_model_reject'
  LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.model_reject(text, text, text) IS
  'Raises 22023 (invalid_parameter_value, as the vocabulary checks) "invalid value in column <column_name>: "<value>"" (NULL value: NULL) with the hint "Accepted values: <accepted>." and the column in the error''s column field; never returns. For ttg.model_check; in C, so that under COPY the only context is the line.';

CREATE FUNCTION ttg.model_check(ok boolean, column_name text, value text, accepted text) RETURNS boolean
  LANGUAGE sql VOLATILE PARALLEL SAFE
  RETURN CASE WHEN ok IS NOT FALSE THEN true ELSE ttg.model_reject(column_name, value, accepted) END;
COMMENT ON FUNCTION ttg.model_check(boolean, text, text, text) IS
  'For CHECK constraints of the reporting model: true when ok is true or NULL (as a CHECK reads it), else 22023 naming the value and column, the accepted values in the hint (ttg.model_reject); under COPY the context adds the line. Plain SQL, inlined into the constraint, so value and accepted are only computed for a row that fails. VOLATILE because it raises; a CHECK calls it once per row.';

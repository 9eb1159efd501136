-- The travel, release and matching vocabularies served by the named-vocabulary functions.
COMMENT ON FUNCTION ttg.vocab_word(text, text) IS
  'The canonical word of value in a named vocabulary (contact_outcome, requirement, reoffer_rule, partial_month, sent_home, attribution, pause_kind, pause_rule, brag_status, tier, rosh, sex, environment, prison_type, provider, omic_era, omic_start, activity, travel_mode), matched by the one case rule (ttg.vocab_key): ttg.vocab_word(''brag_status'', ''Red/Amber'') is red_amber. Unknown value or vocabulary: 22023 listing the accepted words.';

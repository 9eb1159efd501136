-- Tier, ROSH and MAPPA as nDelius records them: the nDelius tier codes (UA3 ... UD0) and not
-- recorded in ttg.tier_code, code tables for ROSH and MAPPA, ttg.code_word reading them, and the
-- set-based loader that maps them into the model (R-OM-1, R-OM-4).

COMMENT ON FUNCTION ttg.vocab_code_guard() IS
  'Row trigger on the code tables (ttg.mcs_outcome_code, ttg.contact_type_code, ttg.requirement_code, ttg.brag_status_code, ttg.tier_code, ttg.rosh_code, ttg.mappa_code): shipped rows cannot be inserted, changed or deleted by hand (SQLSTATE 55000), so dump, restore and upgrades stay consistent; local rows override them instead.';

ALTER TABLE ttg.tier_code ALTER COLUMN tier DROP NOT NULL;
COMMENT ON TABLE ttg.tier_code IS
  'Case tiers: the tiers A3 (highest risk and need) to D0, as written (B2) and as nDelius codes them (UB2), and the bare letters A to D. The canonical word is the lower-case tier (b2, a); its first letter is the letter tier (R-OM-4). Not recorded maps to NULL. Local rows (shipped = false) override shipped ones and are kept by pg_dump.';
COMMENT ON COLUMN ttg.tier_code.tier IS 'Canonical word (ttg.vocab_words(''tier'')); NULL when the code means not recorded.';
ALTER TABLE ttg.tier_code DISABLE TRIGGER tier_code_guard;
-- nDelius writes a case's tier as reference data (set TIER) coded "U" and the tier: UA3 ... UD0,
-- as the MoJ tier-to-delius integration stores a calculated tier (ministryofjustice/
-- hmpps-probation-integration-services, tier-to-delius TierUpdateService: code "U" + tier score).
INSERT INTO ttg.tier_code (code, tier, description, shipped)
  SELECT 'U' || upper(w), w, 'nDelius TIER reference code for tier ' || upper(w), true
    FROM ttg.vocab_words('tier') AS w WHERE length(w) = 2;
INSERT INTO ttg.tier_code (code, tier, description, shipped) VALUES
  ('Not recorded', NULL, 'No tier recorded: stored as NULL', true);
ALTER TABLE ttg.tier_code ENABLE TRIGGER tier_code_guard;

-- Risk of Serious Harm (R-OM-1), as the extracts write it.
CREATE TABLE ttg.rosh_code (
  code        text NOT NULL CHECK (code <> ''),
  rosh        text CHECK (ttg.vocab_check('rosh', rosh)),
  description text NOT NULL,
  shipped     boolean NOT NULL DEFAULT false,
  key         text GENERATED ALWAYS AS (ttg.vocab_key(code)) STORED,
  PRIMARY KEY (key, shipped)
);
COMMENT ON TABLE ttg.rosh_code IS
  'Risk of Serious Harm codes and the canonical level each means (low, medium, high, very_high; NULL: not recorded). Shipped: the levels by name and the nDelius RoSH register types RMRH, RHRH and RVHR (as the MoJ tier service reads them). Local rows (shipped = false) override shipped ones and are kept by pg_dump.';
COMMENT ON COLUMN ttg.rosh_code.code IS 'ROSH as written (Very High, RHRH, ...); matched by the one case rule.';
COMMENT ON COLUMN ttg.rosh_code.rosh IS 'Canonical level (ttg.vocab_words(''rosh'')); NULL when the code means not recorded.';
COMMENT ON COLUMN ttg.rosh_code.description IS 'Description of the code.';
COMMENT ON COLUMN ttg.rosh_code.shipped IS 'True for rows the extension ships.';
COMMENT ON COLUMN ttg.rosh_code.key IS 'The code under the one case rule (ttg.vocab_key).';
INSERT INTO ttg.rosh_code (code, rosh, description, shipped)
  SELECT initcap(replace(w, '_', ' ')), w, 'ROSH ' || replace(w, '_', ' '), true FROM ttg.vocab_words('rosh') AS w;
-- The RoSH register types of nDelius (ministryofjustice/hmpps-tier, domain/enums/Rosh.kt).
INSERT INTO ttg.rosh_code (code, rosh, description, shipped) VALUES
  ('RMRH', 'medium',    'nDelius register: Medium RoSH', true),
  ('RHRH', 'high',      'nDelius register: High RoSH', true),
  ('RVHR', 'very_high', 'nDelius register: Very High RoSH', true),
  ('Not recorded', NULL, 'No ROSH recorded: stored as NULL', true);

-- MAPPA category and level, as numbers (the model stores integers; NULL: not recorded).
CREATE TABLE ttg.mappa_code (
  kind        text NOT NULL CHECK (kind IN ('category', 'level')),
  code        text NOT NULL CHECK (code <> ''),
  value       integer CHECK (value BETWEEN 0 AND 4 AND (kind = 'level' OR value >= 1) AND (kind = 'category' OR value <= 3)),
  description text NOT NULL,
  shipped     boolean NOT NULL DEFAULT false,
  key         text GENERATED ALWAYS AS (ttg.vocab_key(code)) STORED,
  PRIMARY KEY (kind, key, shipped)
);
COMMENT ON TABLE ttg.mappa_code IS
  'MAPPA codes: kind category (1 to 4) or level (0 to 3), the value each means, NULL for not recorded. Shipped: the nDelius MAPPA register codes (categories M1 to M4, levels M0 to M3; X9, no category), the bare numbers and "Category n" / "Level n". Local rows (shipped = false) override shipped ones and are kept by pg_dump.';
COMMENT ON COLUMN ttg.mappa_code.kind IS 'category or level: nDelius codes both with M1 to M3, so each kind has its own codes.';
COMMENT ON COLUMN ttg.mappa_code.code IS 'Code as written (M2, Level 2, 2); matched by the one case rule.';
COMMENT ON COLUMN ttg.mappa_code.value IS 'Category 1 to 4 or level 0 to 3; NULL when the code means not recorded.';
COMMENT ON COLUMN ttg.mappa_code.description IS 'Description of the code.';
COMMENT ON COLUMN ttg.mappa_code.shipped IS 'True for rows the extension ships.';
COMMENT ON COLUMN ttg.mappa_code.key IS 'The code under the one case rule (ttg.vocab_key).';
-- nDelius MAPPA registrations: category codes M1-M4 (ministryofjustice/hmpps-tier,
-- domain/enums/MappaCategory.kt), level codes M0-M3, and X9 read as no category
-- (ministryofjustice/community-api, MappaDetailsTransformer: M0 level 0, X9 category 0, "nominal").
INSERT INTO ttg.mappa_code (kind, code, value, description, shipped)
  SELECT 'category', c.code, n, c.description, true
    FROM generate_series(1, 4) AS n,
         LATERAL (VALUES ('M' || n, 'nDelius MAPPA category ' || n), (n::text, 'MAPPA category ' || n),
                         ('Category ' || n, 'MAPPA category ' || n)) AS c(code, description);
INSERT INTO ttg.mappa_code (kind, code, value, description, shipped)
  SELECT 'level', c.code, n, c.description, true
    FROM generate_series(0, 3) AS n,
         LATERAL (VALUES ('M' || n, 'nDelius MAPPA level ' || n), (n::text, 'MAPPA level ' || n),
                         ('Level ' || n, 'MAPPA level ' || n)) AS c(code, description);
INSERT INTO ttg.mappa_code (kind, code, value, description, shipped) VALUES
  ('category', 'X9', NULL, 'nDelius: no MAPPA category (nominal): stored as NULL', true),
  ('category', 'Not recorded', NULL, 'No MAPPA category recorded: stored as NULL', true),
  ('level', 'Not recorded', NULL, 'No MAPPA level recorded: stored as NULL', true);
SELECT pg_catalog.pg_extension_config_dump('ttg.rosh_code', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('ttg.mappa_code', 'WHERE NOT shipped');
GRANT SELECT ON ttg.rosh_code, ttg.mappa_code TO PUBLIC;
CREATE TRIGGER rosh_code_guard BEFORE INSERT OR UPDATE OR DELETE ON ttg.rosh_code
  FOR EACH ROW EXECUTE FUNCTION ttg.vocab_code_guard();
CREATE TRIGGER mappa_code_guard BEFORE INSERT OR UPDATE OR DELETE ON ttg.mappa_code
  FOR EACH ROW EXECUTE FUNCTION ttg.vocab_code_guard();


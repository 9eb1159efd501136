
-- ===========================================================================
-- Contact compliance: the Minimum Contact Specification.
-- R-MCS-1 to R-MCS-7, source [002] (Wales CRC, October 2018).
-- ===========================================================================

-- ---------------------------------------------------------------------------
-- Contacts (R-MCS-2, R-MCS-3).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.mcs_contact_failure(contact_type text, appointment_at timestamp,
                                        notified_at timestamp, outcome text,
                                        available_minutes integer, other_activity boolean)
  RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_contact_failure'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_contact_failure(text, timestamp, timestamp, text, integer, boolean) IS
  'R-MCS-2, R-MCS-3: NULL for a valid case-manager contact, else the first failing reason in this order: not_case_manager_contact (type not COAP, COAI or CHVS), no_written_notice (notified_at NULL or not before appointment_at), cancelled_by_case_manager, rearranged_by_case_manager (from outcome), available_under_30_minutes (below 30 or NULL), shared_with_other_activity (true or NULL). contact_type or appointment_at NULL: 22004. outcome NULL means not yet recorded (valid); an unknown outcome word: 22023.';

CREATE FUNCTION ttg.mcs_contact_valid(contact_type text, appointment_at timestamp,
                                      notified_at timestamp, outcome text,
                                      available_minutes integer, other_activity boolean)
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_contact_valid'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_contact_valid(text, timestamp, timestamp, text, integer, boolean) IS
  'R-MCS-2, R-MCS-3: mcs_contact_failure(...) IS NULL, with the same NULL readings and errors. Never NULL.';

-- ---------------------------------------------------------------------------
-- Vocabularies as data: nDelius codes mapped to canonical words.
-- Every table has the same shape: code (as nDelius writes it), the canonical
-- word, description, shipped, and key (the code under the one case rule,
-- ttg.vocab_key). Shipped rows come with ttg and are read-only; a DBA adds
-- local rows (shipped = false), which pg_dump keeps and which override a
-- shipped row of the same key. ttg.code_word reads them all the same way.
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.vocab_code_guard() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, pg_temp
  AS $$
BEGIN
  IF (TG_OP IN ('UPDATE', 'DELETE') AND OLD.shipped) OR (TG_OP IN ('INSERT', 'UPDATE') AND NEW.shipped) THEN
    RAISE EXCEPTION USING ERRCODE = '55000',
      MESSAGE = CASE WHEN TG_OP = 'INSERT' THEN format('%s "%s" cannot be added as shipped', TG_TABLE_NAME, NEW.code)
                     ELSE format('%s "%s" is shipped with ttg and cannot be changed', TG_TABLE_NAME, OLD.code) END,
      HINT = 'Add a local row with shipped = false (the default); a local row with the same code overrides the shipped one.';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
COMMENT ON FUNCTION ttg.vocab_code_guard() IS
  'Row trigger on the code tables (ttg.mcs_outcome_code, ttg.contact_type_code, ttg.requirement_code, ttg.brag_status_code, ttg.tier_code, ttg.rosh_code, ttg.mappa_code): shipped rows cannot be inserted, changed or deleted by hand (SQLSTATE 55000), so dump, restore and upgrades stay consistent; local rows override them instead.';

-- nDelius contact outcome codes (R-MCS-3, R-MCS-4).
CREATE TABLE ttg.mcs_outcome_code (
  code        text NOT NULL CHECK (code <> ''),
  outcome     text CHECK (ttg.vocab_check('contact_outcome', outcome)),
  description text NOT NULL,
  shipped     boolean NOT NULL DEFAULT false,
  key         text GENERATED ALWAYS AS (ttg.vocab_key(code)) STORED,
  PRIMARY KEY (key, shipped)
);
COMMENT ON TABLE ttg.mcs_outcome_code IS
  'nDelius contact outcome codes and the canonical outcome word each means for the Minimum Contact Specification. Seeded with the documented national codes (shipped = true); a DBA adds local codes, or overrides a shipped code with a local row of the same code; pg_dump keeps the local rows.';
COMMENT ON COLUMN ttg.mcs_outcome_code.code IS 'nDelius outcome code as recorded (e.g. ATTC); matched by the one case rule.';
COMMENT ON COLUMN ttg.mcs_outcome_code.outcome IS 'Canonical outcome word (ttg.vocab_words(''contact_outcome'')); NULL when the code records no outcome for this purpose (a warrant or suspension is a pause of the case, not an outcome).';
COMMENT ON COLUMN ttg.mcs_outcome_code.description IS 'nDelius description of the code.';
COMMENT ON COLUMN ttg.mcs_outcome_code.shipped IS 'True for rows the extension ships; pg_dump keeps only the rows a DBA added.';
COMMENT ON COLUMN ttg.mcs_outcome_code.key IS 'The code under the one case rule (ttg.vocab_key); the lookup key.';

INSERT INTO ttg.mcs_outcome_code (code, outcome, description, shipped) VALUES
  ('ATTC', 'attended',                   'Attended - Complied', true),
  ('AFTC', 'attended',                   'Attended - Failed to Comply', true),
  ('AFDA', 'attended',                   'Attended - FTC Deemed Acceptable', true),
  ('ATSH', 'attended',                   'Attended - Sent Home (behaviour)', true),
  ('ATSS', 'sent_home_service_issues',   'Attended - Sent Home (service issues)', true),
  ('AFTA', 'failed_to_attend',           'Failed to Attend', true),
  ('UAAB', 'failed_to_attend',           'Unacceptable Absence', true),
  ('AAAA', 'acceptable_absence',         'Acceptable Absence - Other', true),
  ('AACL', 'acceptable_absence',         'Acceptable Absence - Court/Legal', true),
  ('AAEM', 'acceptable_absence',         'Acceptable Absence - Employment', true),
  ('AAFC', 'acceptable_absence',         'Acceptable Absence - Family/Childcare', true),
  ('AAHO', 'acceptable_absence',         'Acceptable Absence - Holiday', true),
  ('AAME', 'acceptable_absence',         'Acceptable Absence - Medical', true),
  ('AARC', 'acceptable_absence',         'Acceptable Absence - RIC', true),
  ('AARE', 'acceptable_absence',         'Acceptable Absence - Religious', true),
  ('AASD', 'acceptable_absence',         'Acceptable Absence - Stood Down', true),
  ('CO05', 'acceptable_absence',         'Acceptable Absence - Professional Judgement Decision', true),
  ('RSOF', 'rearranged_by_service_user', 'Rescheduled - Offender (service user) Request', true),
  ('RSSR', 'rearranged_by_case_manager', 'Rescheduled - Service Request', true);
INSERT INTO ttg.mcs_outcome_code (code, outcome, description, shipped) VALUES
  ('ATCH', 'attended',                   'Attended - Concurrent Hours', true),
  ('ATFI', 'attended',                   'Failed to Comply with other Instruction', true),
  ('CO10', 'acceptable_absence',         'Acceptable Failure - None in following 12 months', true),
  ('CO38', NULL,                         'Warrant Outstanding', true),
  ('CO39', 'failed_to_attend',           'YOT Breach - Not Enforceable', true),
  ('CO40', NULL,                         'Suspended', true);

CREATE TABLE ttg.contact_type_code (
  code         text NOT NULL CHECK (code <> ''),
  contact_type text NOT NULL CHECK (contact_type OPERATOR(pg_catalog.=) ttg.vocab_key(contact_type)),
  description  text NOT NULL,
  shipped      boolean NOT NULL DEFAULT false,
  key          text GENERATED ALWAYS AS (ttg.vocab_key(code)) STORED,
  PRIMARY KEY (key, shipped)
);
COMMENT ON TABLE ttg.contact_type_code IS
  'nDelius contact type codes and their canonical words. Only COAP, COAI and CHVS are case-manager contacts for the Minimum Contact Specification (R-MCS-2); other types load as they are and never count. Shipped rows read-only; local rows (shipped = false) are kept by pg_dump.';
COMMENT ON COLUMN ttg.contact_type_code.code IS 'nDelius contact type code (e.g. COAP).';
COMMENT ON COLUMN ttg.contact_type_code.contact_type IS 'Canonical word (lower_snake_case).';
COMMENT ON COLUMN ttg.contact_type_code.description IS 'Description of the code.';
COMMENT ON COLUMN ttg.contact_type_code.shipped IS 'True for rows the extension ships.';
COMMENT ON COLUMN ttg.contact_type_code.key IS 'The code under the one case rule (ttg.vocab_key).';
INSERT INTO ttg.contact_type_code (code, contact_type, description, shipped) VALUES
  ('COAP', 'planned_office_visit', 'Planned Office Visit (R-MCS-2)', true),
  ('COAI', 'initial_appointment',  'Initial Appointment (R-MCS-2)', true),
  ('CHVS', 'home_visit',           'Home Visit to Case (R-MCS-2)', true);

CREATE TABLE ttg.requirement_code (
  code        text NOT NULL CHECK (code <> ''),
  requirement text NOT NULL CHECK (ttg.vocab_check('requirement', requirement)),
  description text NOT NULL,
  shipped     boolean NOT NULL DEFAULT false,
  key         text GENERATED ALWAYS AS (ttg.vocab_key(code)) STORED,
  PRIMARY KEY (key, shipped)
);
COMMENT ON TABLE ttg.requirement_code IS
  'Community order requirement codes and the canonical requirement word (R-MCS-5). Shipped: each canonical word as its own code and the abbreviations in common use (UPW, RAR, DRR, ATR, MHTR, AAMR, EM); a region adds its nDelius requirement codes as local rows (shipped = false), kept by pg_dump.';
COMMENT ON COLUMN ttg.requirement_code.code IS 'Requirement code as the extract writes it.';
COMMENT ON COLUMN ttg.requirement_code.requirement IS 'Canonical requirement word (ttg.vocab_words(''requirement'')).';
COMMENT ON COLUMN ttg.requirement_code.description IS 'Description of the code.';
COMMENT ON COLUMN ttg.requirement_code.shipped IS 'True for rows the extension ships.';
COMMENT ON COLUMN ttg.requirement_code.key IS 'The code under the one case rule (ttg.vocab_key).';
INSERT INTO ttg.requirement_code (code, requirement, description, shipped)
  SELECT w, w, 'Canonical word', true FROM ttg.vocab_words('requirement') AS w;
INSERT INTO ttg.requirement_code (code, requirement, description, shipped) VALUES
  ('UPW',  'unpaid_work',             'Unpaid Work requirement', true),
  ('DRR',  'drug_rehabilitation',     'Drug Rehabilitation Requirement', true),
  ('ATR',  'alcohol_treatment',       'Alcohol Treatment Requirement', true),
  ('MHTR', 'mental_health_treatment', 'Mental Health Treatment Requirement', true),
  ('AAMR', 'alcohol_abstinence',      'Alcohol Abstinence and Monitoring Requirement', true),
  ('EM',   'electronic_monitoring',   'Electronic Monitoring requirement', true);

CREATE TABLE ttg.brag_status_code (
  code               text NOT NULL CHECK (code <> ''),
  brag               text NOT NULL CHECK (ttg.vocab_check('brag_status', brag)),
  contacts_per_month integer NOT NULL DEFAULT 1 CHECK (contacts_per_month BETWEEN 1 AND 127),
  description        text NOT NULL,
  shipped            boolean NOT NULL DEFAULT false,
  key                text GENERATED ALWAYS AS (ttg.vocab_key(code)) STORED,
  PRIMARY KEY (key, shipped)
);
COMMENT ON TABLE ttg.brag_status_code IS
  'BRAG statuses (R-MCS-6): Red, Red/Amber, Amber, Green (named in the Wales CRC guidance) and Blue, each with the case-manager contacts a month it requires. The frequencies are local policy (the source gives none), shipped as 1, the monthly minimum: a DBA sets a region''s own by adding a local row with the same code (shipped = false), which overrides the shipped one and is kept by pg_dump.';
COMMENT ON COLUMN ttg.brag_status_code.code IS 'BRAG status as written (Red, Red/Amber, ...); matched by the one case rule.';
COMMENT ON COLUMN ttg.brag_status_code.brag IS 'Canonical word: red, red_amber, amber, green or blue.';
COMMENT ON COLUMN ttg.brag_status_code.contacts_per_month IS 'Counted contacts a month the status requires (R-MCS-6); read by ttg.brag_frequency from the row whose code is the canonical word.';
COMMENT ON COLUMN ttg.brag_status_code.description IS 'Description of the status.';
COMMENT ON COLUMN ttg.brag_status_code.shipped IS 'True for rows the extension ships.';
COMMENT ON COLUMN ttg.brag_status_code.key IS 'The code under the one case rule (ttg.vocab_key).';
INSERT INTO ttg.brag_status_code (code, brag, contacts_per_month, description, shipped) VALUES
  ('Red',       'red',       1, 'Red: highest contact level', true),
  ('Red/Amber', 'red_amber', 1, 'Red/Amber', true),
  ('Amber',     'amber',     1, 'Amber', true),
  ('Green',     'green',     1, 'Green', true),
  ('Blue',      'blue',      1, 'Blue: lowest contact level', true);

CREATE TABLE ttg.tier_code (
  code        text NOT NULL CHECK (code <> ''),
  tier        text CHECK (ttg.vocab_check('tier', tier)),
  description text NOT NULL,
  shipped     boolean NOT NULL DEFAULT false,
  key         text GENERATED ALWAYS AS (ttg.vocab_key(code)) STORED,
  PRIMARY KEY (key, shipped)
);
COMMENT ON TABLE ttg.tier_code IS
  'Case tiers: the tiers A3 (highest risk and need) to D0, as written (B2) and as nDelius codes them (UB2), and the bare letters A to D. The canonical word is the lower-case tier (b2, a); its first letter is the letter tier (R-OM-4). Not recorded maps to NULL. Local rows (shipped = false) override shipped ones and are kept by pg_dump.';
COMMENT ON COLUMN ttg.tier_code.code IS 'Tier as written (B2, A, ...).';
COMMENT ON COLUMN ttg.tier_code.tier IS 'Canonical word (ttg.vocab_words(''tier'')); NULL when the code means not recorded.';
COMMENT ON COLUMN ttg.tier_code.description IS 'Description of the tier.';
COMMENT ON COLUMN ttg.tier_code.shipped IS 'True for rows the extension ships.';
COMMENT ON COLUMN ttg.tier_code.key IS 'The code under the one case rule (ttg.vocab_key).';
INSERT INTO ttg.tier_code (code, tier, description, shipped)
  SELECT upper(w), w, CASE WHEN length(w) = 1 THEN 'Tier ' || upper(w) ELSE 'nDelius tier ' || upper(w) END, true
    FROM ttg.vocab_words('tier') AS w;

-- nDelius writes a case's tier as reference data (set TIER) coded "U" and the tier: UA3 ... UD0,
-- as the MoJ tier-to-delius integration stores a calculated tier (ministryofjustice/
-- hmpps-probation-integration-services, tier-to-delius TierUpdateService: code "U" + tier score).
INSERT INTO ttg.tier_code (code, tier, description, shipped)
  SELECT 'U' || upper(w), w, 'nDelius TIER reference code for tier ' || upper(w), true
    FROM ttg.vocab_words('tier') AS w WHERE length(w) = 2;
INSERT INTO ttg.tier_code (code, tier, description, shipped) VALUES
  ('Not recorded', NULL, 'No tier recorded: stored as NULL', true);

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

-- pg_dump keeps the rows a DBA added (the shipped ones come back with CREATE EXTENSION).
SELECT pg_catalog.pg_extension_config_dump('ttg.mcs_outcome_code', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('ttg.contact_type_code', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('ttg.requirement_code', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('ttg.brag_status_code', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('ttg.tier_code', 'WHERE NOT shipped');
GRANT SELECT ON ttg.mcs_outcome_code, ttg.contact_type_code, ttg.requirement_code,
  ttg.brag_status_code, ttg.tier_code TO PUBLIC;
CREATE TRIGGER mcs_outcome_code_guard BEFORE INSERT OR UPDATE OR DELETE ON ttg.mcs_outcome_code
  FOR EACH ROW EXECUTE FUNCTION ttg.vocab_code_guard();
CREATE TRIGGER contact_type_code_guard BEFORE INSERT OR UPDATE OR DELETE ON ttg.contact_type_code
  FOR EACH ROW EXECUTE FUNCTION ttg.vocab_code_guard();
CREATE TRIGGER requirement_code_guard BEFORE INSERT OR UPDATE OR DELETE ON ttg.requirement_code
  FOR EACH ROW EXECUTE FUNCTION ttg.vocab_code_guard();
CREATE TRIGGER brag_status_code_guard BEFORE INSERT OR UPDATE OR DELETE ON ttg.brag_status_code
  FOR EACH ROW EXECUTE FUNCTION ttg.vocab_code_guard();
CREATE TRIGGER tier_code_guard BEFORE INSERT OR UPDATE OR DELETE ON ttg.tier_code
  FOR EACH ROW EXECUTE FUNCTION ttg.vocab_code_guard();

-- The one code lookup: the local row for the key when there is one, else the shipped one.
CREATE FUNCTION ttg.code_word(vocabulary text, code text) RETURNS text
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  AS $$
DECLARE
  k text := ttg.vocab_key(code);
  v text := ttg.vocab_key(vocabulary);
  result text;
  known text;
  label text;
BEGIN
  CASE v
    WHEN 'contact_outcome' THEN
      SELECT o.outcome INTO result FROM ttg.mcs_outcome_code AS o WHERE o.key OPERATOR(pg_catalog.=) k ORDER BY o.shipped LIMIT 1;
      label := 'outcome';
      IF NOT FOUND THEN known := (SELECT string_agg(DISTINCT o.code, ', ') FROM ttg.mcs_outcome_code AS o); END IF;
    WHEN 'contact_type' THEN
      SELECT o.contact_type INTO result FROM ttg.contact_type_code AS o WHERE o.key OPERATOR(pg_catalog.=) k ORDER BY o.shipped LIMIT 1;
      label := 'contact type';
      IF NOT FOUND THEN known := (SELECT string_agg(DISTINCT o.code, ', ') FROM ttg.contact_type_code AS o); END IF;
    WHEN 'requirement' THEN
      SELECT o.requirement INTO result FROM ttg.requirement_code AS o WHERE o.key OPERATOR(pg_catalog.=) k ORDER BY o.shipped LIMIT 1;
      label := 'requirement';
      IF NOT FOUND THEN known := (SELECT string_agg(DISTINCT o.code, ', ') FROM ttg.requirement_code AS o); END IF;
    WHEN 'brag_status' THEN
      SELECT o.brag INTO result FROM ttg.brag_status_code AS o WHERE o.key OPERATOR(pg_catalog.=) k ORDER BY o.shipped LIMIT 1;
      label := 'BRAG status';
      IF NOT FOUND THEN known := (SELECT string_agg(DISTINCT o.code, ', ') FROM ttg.brag_status_code AS o); END IF;
    WHEN 'tier' THEN
      SELECT o.tier INTO result FROM ttg.tier_code AS o WHERE o.key OPERATOR(pg_catalog.=) k ORDER BY o.shipped LIMIT 1;
      label := 'tier';
      IF NOT FOUND THEN known := (SELECT string_agg(DISTINCT o.code, ', ') FROM ttg.tier_code AS o); END IF;
    WHEN 'rosh' THEN
      SELECT o.rosh INTO result FROM ttg.rosh_code AS o WHERE o.key OPERATOR(pg_catalog.=) k ORDER BY o.shipped LIMIT 1;
      label := 'ROSH';
      IF NOT FOUND THEN known := (SELECT string_agg(DISTINCT o.code, ', ') FROM ttg.rosh_code AS o); END IF;
    WHEN 'mappa_category', 'mappa_level' THEN
      SELECT o.value::text INTO result FROM ttg.mappa_code AS o
       WHERE o.kind OPERATOR(pg_catalog.=) substr(v, 7) AND o.key OPERATOR(pg_catalog.=) k ORDER BY o.shipped LIMIT 1;
      label := 'MAPPA ' || substr(v, 7);
      IF NOT FOUND THEN
        known := (SELECT string_agg(DISTINCT o.code, ', ') FROM ttg.mappa_code AS o WHERE o.kind OPERATOR(pg_catalog.=) substr(v, 7));
      END IF;
    ELSE
      RAISE EXCEPTION USING ERRCODE = '22023',
        MESSAGE = format('invalid code vocabulary: "%s"', vocabulary),
        HINT = 'Accepted values: contact_outcome, contact_type, requirement, brag_status, tier, rosh, mappa_category, mappa_level.';
  END CASE;
  IF known IS NOT NULL OR k IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = '22023',
      MESSAGE = format('invalid nDelius %s code: "%s"', label, code),
      HINT = format('Accepted codes are those in the code table (%s); a DBA may add local ones.', known);
  END IF;
  RETURN result;
END $$;
COMMENT ON FUNCTION ttg.code_word(text, text) IS
  'The canonical word for a code in a code table: vocabulary contact_outcome (ttg.mcs_outcome_code), contact_type, requirement, brag_status, tier, rosh (ttg.rosh_code), mappa_category or mappa_level (ttg.mappa_code; the number as text). Codes match by the one case rule (ttg.vocab_key); a local row overrides a shipped one. An unknown code: 22023 listing the known ones; a code that records nothing for the purpose (an outcome such as CO38, a tier, ROSH or MAPPA not recorded) gives NULL. STABLE: reads the tables.';

CREATE FUNCTION ttg.mcs_outcome(code text) RETURNS text
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  AS $$
BEGIN
  RETURN ttg.code_word('contact_outcome', $1);
END $$;
COMMENT ON FUNCTION ttg.mcs_outcome(text) IS
  'The canonical outcome word for an nDelius outcome code: ttg.code_word(''contact_outcome'', code). An unknown code: 22023 listing the known ones. NULL in, NULL out.';

CREATE FUNCTION ttg.brag_frequency(brag text) RETURNS integer
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  BEGIN ATOMIC
    SELECT b.contacts_per_month FROM ttg.brag_status_code AS b
     WHERE b.key OPERATOR(pg_catalog.=) ttg.vocab_word('brag_status', $1)
     ORDER BY b.shipped LIMIT 1;
  END;
COMMENT ON FUNCTION ttg.brag_frequency(text) IS
  'R-MCS-6: counted contacts a month a BRAG status requires, from ttg.brag_status_code (the local row when a DBA added one, else the shipped 1). Unknown status: 22023. NULL in, NULL out.';

-- ---------------------------------------------------------------------------
-- Non-attendance (R-MCS-4).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.mcs_reoffer_ok(missed_on date, next_offered_on date,
                                   next_appointment_on date, rule text DEFAULT 'offer')
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_reoffer_ok'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_reoffer_ok(date, date, date, text) IS
  'R-MCS-4: after a missed appointment, was a further appointment offered within 5 business days (England and Wales)? rule ''offer'' (default): missed_on <= next_offered_on <= missed_on + 5 business days; rule ''appointment'': missed_on <= next_appointment_on <= missed_on + 5 business days. The date the rule reads NULL: false (no further offer). missed_on NULL: NULL. rule NULL: 22004; unknown rule: 22023; missed_on outside 1978-2099: 22008.';

CREATE FUNCTION ttg.mcs_reoffer_ok(missed_on date, next_offered_on date,
                                   next_appointment_on date, rule text, calendar text)
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_reoffer_ok'
  LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_reoffer_ok(date, date, date, text, text) IS
  'R-MCS-4 as mcs_reoffer_ok(missed_on, next_offered_on, next_appointment_on, rule), counting business days that are also open in the named local calendar (ttg.load_calendar). calendar NULL: the national calendar. Unknown calendar: 22023. STABLE: reads the cached calendar.';

-- ---------------------------------------------------------------------------
-- Scope and months (R-MCS-5, R-MCS-1).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.mcs_in_scope(requirements text[],
                                 exempt text[] DEFAULT '{unpaid_work,curfew,exclusion,prohibited_activity,residence}')
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_in_scope'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_in_scope(text[], text[]) IS
  'R-MCS-5: false when the order has requirements and every one is in exempt (default: unpaid_work, curfew, exclusion, prohibited_activity, residence), electronic_monitoring counting as exempt alongside an exempt curfew (it enforces the curfew; ttg.mcs_in_scope(requirements, exempt, false) reads it otherwise); true otherwise, including an empty array (a licence). Words: unpaid_work, rar, accredited_programme, prohibited_activity, curfew, exclusion, residence, foreign_travel_prohibition, mental_health_treatment, drug_rehabilitation, alcohol_treatment, alcohol_abstinence, attendance_centre, electronic_monitoring; others 22023, a NULL element 22004. NULL array in, NULL out.';

CREATE FUNCTION ttg.mcs_months(isp_completed_on date, scope_end date, partial text DEFAULT 'full')
  RETURNS SETOF date
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_months'
  LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION ttg.mcs_months(date, date, text) IS
  'R-MCS-1: the first day of each month a case must be seen in, from ISP completion to scope_end inclusive. partial ''full'' (default): only months wholly inside (the ISP month counts when the ISP is on the 1st, the end month when scope_end is its last day); ''any'': every month touched. isp_completed_on NULL: no rows (the rule has not started). scope_end NULL: 22004 (pass the end of the reporting period for an open case). scope_end before the ISP: no rows. Dates outside 1978-2099: 22008.';

-- ---------------------------------------------------------------------------
-- The case-month tally: a parallel aggregate over a case's contacts in a month.
-- ---------------------------------------------------------------------------

CREATE TYPE ttg.mcs_tally;

CREATE FUNCTION ttg.mcs_tally_in(cstring) RETURNS ttg.mcs_tally
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_tally_in'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_in(cstring) IS 'Text input of ttg.mcs_tally: {field=n,...}.';

CREATE FUNCTION ttg.mcs_tally_out(ttg.mcs_tally) RETURNS cstring
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_tally_out'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_out(ttg.mcs_tally) IS 'Text output of ttg.mcs_tally: nonzero fields in a fixed order.';

CREATE FUNCTION ttg.mcs_tally_recv(internal) RETURNS ttg.mcs_tally
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_tally_recv'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_recv(internal) IS 'Binary input of ttg.mcs_tally (the 64-bit word).';

CREATE FUNCTION ttg.mcs_tally_send(ttg.mcs_tally) RETURNS bytea
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_tally_send'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_send(ttg.mcs_tally) IS 'Binary output of ttg.mcs_tally (the 64-bit word).';

CREATE TYPE ttg.mcs_tally (
  INPUT = ttg.mcs_tally_in, OUTPUT = ttg.mcs_tally_out,
  RECEIVE = ttg.mcs_tally_recv, SEND = ttg.mcs_tally_send,
  INTERNALLENGTH = 8, PASSEDBYVALUE, ALIGNMENT = double, STORAGE = plain
);
COMMENT ON TYPE ttg.mcs_tally IS
  'How a case''s contacts in one month land for the Minimum Contact Specification: counted (valid and attended, or missed and re-offered in time), missed_without_reoffer, unattended (valid, outcome not recorded or rearranged by the service user), and invalid contacts by failure. Nine counters of 0..127 (saturating) packed in 8 bytes, passed by value; text form {counted=2,not_case_manager_contact=3} round-trips.';

CREATE FUNCTION ttg.mcs_tally_step(state ttg.mcs_tally, contact_type text, appointment_at timestamp,
                                   notified_at timestamp, outcome text, available_minutes integer,
                                   other_activity boolean, next_offered_on date, next_appointment_on date)
  RETURNS ttg.mcs_tally
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_tally_step'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_step(ttg.mcs_tally, text, timestamp, timestamp, text, integer, boolean, date, date) IS
  'Transition of ttg.mcs_tally (re-offer rule ''offer''): adds one contact to the tally.';

CREATE FUNCTION ttg.mcs_tally_step(state ttg.mcs_tally, contact_type text, appointment_at timestamp,
                                   notified_at timestamp, outcome text, available_minutes integer,
                                   other_activity boolean, next_offered_on date, next_appointment_on date,
                                   rule text)
  RETURNS ttg.mcs_tally
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_tally_step'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_step(ttg.mcs_tally, text, timestamp, timestamp, text, integer, boolean, date, date, text) IS
  'Transition of ttg.mcs_tally with a re-offer rule (''offer'' or ''appointment''): adds one contact to the tally.';

CREATE FUNCTION ttg.mcs_tally_step(state ttg.mcs_tally, contact_type text, appointment_at timestamp,
                                   notified_at timestamp, outcome text, available_minutes integer,
                                   other_activity boolean, next_offered_on date, next_appointment_on date,
                                   rule text, calendar text)
  RETURNS ttg.mcs_tally
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_tally_step'
  LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_step(ttg.mcs_tally, text, timestamp, timestamp, text, integer, boolean, date, date, text, text) IS
  'Transition of ttg.mcs_tally with a re-offer rule and a local calendar (NULL: national): adds one contact to the tally.';

CREATE FUNCTION ttg.mcs_tally_combine(ttg.mcs_tally, ttg.mcs_tally) RETURNS ttg.mcs_tally
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_tally_combine'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_combine(ttg.mcs_tally, ttg.mcs_tally) IS
  'Combine of ttg.mcs_tally: field-by-field sum, saturating at 127. NULL counts as empty.';

CREATE AGGREGATE ttg.mcs_tally(contact_type text, appointment_at timestamp, notified_at timestamp,
                               outcome text, available_minutes integer, other_activity boolean,
                               next_offered_on date, next_appointment_on date) (
  SFUNC = ttg.mcs_tally_step, STYPE = ttg.mcs_tally, INITCOND = '{}',
  COMBINEFUNC = ttg.mcs_tally_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE ttg.mcs_tally(text, timestamp, timestamp, text, integer, boolean, date, date) IS
  'R-MCS-1 to R-MCS-4 over the contacts of one case-month (GROUP BY case, month): classifies each contact and returns the ttg.mcs_tally; judge it with ttg.mcs_met, ttg.mcs_brag_met, ttg.mcs_reason or ttg.mcs_month. Re-offer rule ''offer''. next_offered_on / next_appointment_on are the further offer''s date and appointment date after a miss. Parallel (combine function). NULL readings as ttg.mcs_contact_failure.';

CREATE AGGREGATE ttg.mcs_tally(contact_type text, appointment_at timestamp, notified_at timestamp,
                               outcome text, available_minutes integer, other_activity boolean,
                               next_offered_on date, next_appointment_on date, rule text) (
  SFUNC = ttg.mcs_tally_step, STYPE = ttg.mcs_tally, INITCOND = '{}',
  COMBINEFUNC = ttg.mcs_tally_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE ttg.mcs_tally(text, timestamp, timestamp, text, integer, boolean, date, date, text) IS
  'As ttg.mcs_tally with the re-offer rule given: ''offer'' or ''appointment'' (R-MCS-4).';

CREATE AGGREGATE ttg.mcs_tally(contact_type text, appointment_at timestamp, notified_at timestamp,
                               outcome text, available_minutes integer, other_activity boolean,
                               next_offered_on date, next_appointment_on date, rule text, calendar text) (
  SFUNC = ttg.mcs_tally_step, STYPE = ttg.mcs_tally, INITCOND = '{}',
  COMBINEFUNC = ttg.mcs_tally_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE ttg.mcs_tally(text, timestamp, timestamp, text, integer, boolean, date, date, text, text) IS
  'As ttg.mcs_tally with the re-offer rule and a local calendar whose closures also stop the 5-business-day count (NULL: national). Unknown calendar: 22023.';

CREATE FUNCTION ttg.mcs_met(tally ttg.mcs_tally) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_met'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_met(ttg.mcs_tally) IS
  'R-MCS-1: the case-month holds at least one valid contact that was attended, or missed and re-offered in time. NULL tally (no contacts, e.g. from a LEFT JOIN): false.';

CREATE FUNCTION ttg.mcs_brag_met(tally ttg.mcs_tally, brag_frequency integer DEFAULT 1) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_brag_met'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_brag_met(ttg.mcs_tally, integer) IS
  'R-MCS-6: at least brag_frequency counted contacts in the case-month (local policy; default and NULL: 1, the monthly minimum). Frequency outside 1..127: 22023. NULL tally: no contacts.';

CREATE FUNCTION ttg.mcs_reason(tally ttg.mcs_tally) RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_reason'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_reason(ttg.mcs_tally) IS
  'Why a case-month is not met: no_contact, no_valid_contact, missed_without_reoffer, no_attended_contact (valid contacts, none attended or missed); NULL when met. NULL tally: no_contact.';

CREATE FUNCTION ttg.mcs_month(tally ttg.mcs_tally, brag_frequency integer DEFAULT 1,
                              OUT mcs_met boolean, OUT brag_met boolean, OUT contacts integer,
                              OUT valid_contacts integer, OUT counted_contacts integer,
                              OUT reason text, OUT failure text)
  RETURNS record
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_month'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_month(ttg.mcs_tally, integer) IS
  'R-MCS-1, R-MCS-6: the case-month judged: mcs_met, brag_met, contacts, valid_contacts, counted_contacts, reason (NULL when met) and failure (the commonest failure among invalid contacts, ties to the earlier check; NULL when none). NULL tally: no contacts; NULL frequency: 1. Call it in FROM or LATERAL so it runs once per row.';

-- ---------------------------------------------------------------------------
-- Rates and bands (R-MCS-7).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.mcs_rate_step(state bigint[], met boolean) RETURNS bigint[]
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_rate_step'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_rate_step(bigint[], boolean) IS
  'Transition of ttg.mcs_rate: state {met, total} with 0 <= met <= total (else 22023); a NULL met is skipped (STRICT: NULL in, NULL out when called directly). A count past the bigint range: 22003.';

CREATE FUNCTION ttg.mcs_rate_combine(bigint[], bigint[]) RETURNS bigint[]
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_rate_combine'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_rate_combine(bigint[], bigint[]) IS
  'Combine of ttg.mcs_rate: adds two {met, total} states (each 0 <= met <= total, else 22023; a sum past the bigint range: 22003).';

CREATE FUNCTION ttg.mcs_rate_final(bigint[]) RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_rate_final'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_rate_final(bigint[]) IS
  'Final of ttg.mcs_rate: 100 * met / total, NULL when total is 0. A state with met above total or a negative count: 22023.';

CREATE AGGREGATE ttg.mcs_rate(met boolean) (
  SFUNC = ttg.mcs_rate_step, STYPE = bigint[], INITCOND = '{0,0}',
  FINALFUNC = ttg.mcs_rate_final, COMBINEFUNC = ttg.mcs_rate_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE ttg.mcs_rate(boolean) IS
  'R-MCS-7: percentage (0 to 100, full numeric precision) of true among non-NULL values; NULL when there are none. State bigint[] {met, total}, whose text form round-trips, with a combine function: parallel, and splittable by Citus.';

CREATE FUNCTION ttg.mcs_band(rate numeric, month date, target numeric DEFAULT 95,
                             trigger numeric DEFAULT 85)
  RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_band'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_band(numeric, date, numeric, numeric) IS
  'R-MCS-7: not_applicable for months before October 2018, ramp_up for October to December 2018, then met (rate >= target), below_target (trigger <= rate < target), improvement (rate < trigger). Exact numeric comparison. target below trigger or a NaN: 22023. NULL in, NULL out.';

-- ---------------------------------------------------------------------------
-- The evaluator: SQL text in (pgRouting style), one row per case per month.
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.mcs_evaluate(cases_sql text, contacts_sql text,
                                 period_start date, period_end date,
                                 partial text DEFAULT 'full', reoffer_rule text DEFAULT 'offer',
                                 brag_frequency jsonb DEFAULT '{}',
                                 exempt text[] DEFAULT '{unpaid_work,curfew,exclusion,prohibited_activity,residence}',
                                 calendar text DEFAULT NULL)
  RETURNS TABLE (case_id bigint, month date, mcs_met boolean, brag_met boolean,
                 contacts integer, valid_contacts integer, counted_contacts integer,
                 reason text, failure text, brag_frequency integer, brag_status text)
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_evaluate'
  LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION ttg.mcs_evaluate(text, text, date, date, text, text, jsonb, text[], text) IS
  'R-MCS-1 to R-MCS-6: one row per in-scope case per month of period_start..period_end it must be seen in. cases_sql columns: case_id (integer types), isp_completed_on date; optional scope_end date (NULL: open), requirements text[] (absent or NULL: in scope), brag_status text. contacts_sql columns: case_id, contact_type text, appointment_at timestamp, notified_at timestamp, outcome text, available_minutes integer, other_activity boolean; optional next_offered_on date, next_appointment_on date (absent, or both NULL on a row: the re-offer is read from the case''s next case-manager contact, its notice date as the offer and its appointment date). Months as ttg.mcs_case_months: none before 1 October 2018; electronic monitoring exempt with an exempt curfew. Missing column 42703, wrong type 42804. brag_frequency: jsonb {"status": n}; unlisted statuses 1. calendar: a local calendar for the re-offer count (NULL: national). Any other NULL argument: 22004.';

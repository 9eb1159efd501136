-- Contact vocabularies as data: the outcome-code table keyed by the one case rule, local rows
-- overriding shipped ones, the documented national codes added, ATSS read as sent home for
-- service issues; code tables for contact types, requirements, BRAG statuses and tiers.

DROP TRIGGER mcs_outcome_code_guard ON ttg.mcs_outcome_code;
DROP FUNCTION ttg.mcs_outcome_code_guard();
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
  'Row trigger on the code tables (ttg.mcs_outcome_code, ttg.contact_type_code, ttg.requirement_code, ttg.brag_status_code, ttg.tier_code): shipped rows cannot be inserted, changed or deleted by hand (SQLSTATE 55000), so dump, restore and upgrades stay consistent; local rows override them instead.';

ALTER TABLE ttg.mcs_outcome_code DROP CONSTRAINT mcs_outcome_code_outcome_check;
ALTER TABLE ttg.mcs_outcome_code DROP CONSTRAINT mcs_outcome_code_pkey;
UPDATE ttg.mcs_outcome_code SET outcome = 'sent_home_service_issues' WHERE code = 'ATSS' AND shipped;
ALTER TABLE ttg.mcs_outcome_code ADD CONSTRAINT mcs_outcome_code_outcome_check
  CHECK (ttg.vocab_check('contact_outcome', outcome));
ALTER TABLE ttg.mcs_outcome_code ADD COLUMN key text GENERATED ALWAYS AS (ttg.vocab_key(code)) STORED;
ALTER TABLE ttg.mcs_outcome_code ADD PRIMARY KEY (key, shipped);
COMMENT ON TABLE ttg.mcs_outcome_code IS
  'nDelius contact outcome codes and the canonical outcome word each means for the Minimum Contact Specification. Seeded with the documented national codes (shipped = true); a DBA adds local codes, or overrides a shipped code with a local row of the same code; pg_dump keeps the local rows.';
COMMENT ON COLUMN ttg.mcs_outcome_code.code IS 'nDelius outcome code as recorded (e.g. ATTC); matched by the one case rule.';
COMMENT ON COLUMN ttg.mcs_outcome_code.outcome IS 'Canonical outcome word (ttg.vocab_words(''contact_outcome'')); NULL when the code records no outcome for this purpose (a warrant or suspension is a pause of the case, not an outcome).';
COMMENT ON COLUMN ttg.mcs_outcome_code.description IS 'nDelius description of the code.';
COMMENT ON COLUMN ttg.mcs_outcome_code.shipped IS 'True for rows the extension ships; pg_dump keeps only the rows a DBA added.';
COMMENT ON COLUMN ttg.mcs_outcome_code.key IS 'The code under the one case rule (ttg.vocab_key); the lookup key.';
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
  tier        text NOT NULL CHECK (ttg.vocab_check('tier', tier)),
  description text NOT NULL,
  shipped     boolean NOT NULL DEFAULT false,
  key         text GENERATED ALWAYS AS (ttg.vocab_key(code)) STORED,
  PRIMARY KEY (key, shipped)
);
COMMENT ON TABLE ttg.tier_code IS
  'Case tiers: the nDelius tiers A3 (highest risk and need) to D0, and the bare letters A to D. The canonical word is the lower-case tier (b2, a); its first letter is the letter tier. Local rows (shipped = false) are kept by pg_dump.';
COMMENT ON COLUMN ttg.tier_code.code IS 'Tier as written (B2, A, ...).';
COMMENT ON COLUMN ttg.tier_code.tier IS 'Canonical word (ttg.vocab_words(''tier'')).';
COMMENT ON COLUMN ttg.tier_code.description IS 'Description of the tier.';
COMMENT ON COLUMN ttg.tier_code.shipped IS 'True for rows the extension ships.';
COMMENT ON COLUMN ttg.tier_code.key IS 'The code under the one case rule (ttg.vocab_key).';
INSERT INTO ttg.tier_code (code, tier, description, shipped)
  SELECT upper(w), w, CASE WHEN length(w) = 1 THEN 'Tier ' || upper(w) ELSE 'nDelius tier ' || upper(w) END, true
    FROM ttg.vocab_words('tier') AS w;
-- pg_dump keeps the rows a DBA added (the shipped ones come back with CREATE EXTENSION).
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

CREATE OR REPLACE FUNCTION ttg.mcs_outcome(code text) RETURNS text
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


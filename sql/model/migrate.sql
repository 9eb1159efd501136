-- Brings the tables of a model made by any earlier version to the shape of
-- tables.sql. Run by every build, before the derived objects, so every step must
-- be idempotent (ADD COLUMN IF NOT EXISTS, CREATE TABLE IF NOT EXISTS, constraint
-- changes guarded by a look at pg_constraint). Rows are never dropped here.
--
-- Quiet while the idempotent steps skip what exists (restored at the end).
SELECT pg_catalog.set_config('ttg.migrate_saved_messages', pg_catalog.current_setting('client_min_messages'), true),
       pg_catalog.set_config('client_min_messages', 'warning', true);

-- 0.1.0 -> 0.2.0, contact compliance: settings for the contact readings and the case
-- history; vocabulary checked at load (BRAG statuses incl. red_amber, outcomes, requirements).
ALTER TABLE settings ADD COLUMN IF NOT EXISTS brag_red_amber integer NOT NULL DEFAULT 1 CHECK (brag_red_amber >= 1);
ALTER TABLE settings ADD COLUMN IF NOT EXISTS notice_lead_minutes integer NOT NULL DEFAULT 0 CHECK (notice_lead_minutes BETWEEN 0 AND 527040);
ALTER TABLE settings ADD COLUMN IF NOT EXISTS sent_home text NOT NULL DEFAULT 'not_counted' CHECK (ttg.vocab_check('sent_home', sent_home, 'sent_home'));
ALTER TABLE settings ADD COLUMN IF NOT EXISTS em_with_curfew_exempt boolean NOT NULL DEFAULT true;
ALTER TABLE settings ADD COLUMN IF NOT EXISTS attribution text NOT NULL DEFAULT 'month_end' CHECK (ttg.vocab_check('attribution', attribution, 'attribution'));
ALTER TABLE settings ADD COLUMN IF NOT EXISTS pause_custody text NOT NULL DEFAULT 'whole_month' CHECK (ttg.vocab_check('pause_rule', pause_custody, 'pause_custody'));
ALTER TABLE settings ADD COLUMN IF NOT EXISTS pause_warrant text NOT NULL DEFAULT 'whole_month' CHECK (ttg.vocab_check('pause_rule', pause_warrant, 'pause_warrant'));
ALTER TABLE settings ADD COLUMN IF NOT EXISTS pause_suspended text NOT NULL DEFAULT 'whole_month' CHECK (ttg.vocab_check('pause_rule', pause_suspended, 'pause_suspended'));
COMMENT ON COLUMN settings.brag_red_amber IS 'Valid contacts a month required for a Red/Amber case (R-MCS-6).';
COMMENT ON COLUMN settings.notice_lead_minutes IS 'R-MCS-3(a): minutes before the appointment the written notice must be given; default 0, any time before (the source names no lead time).';
COMMENT ON COLUMN settings.sent_home IS 'How the outcome sent_home_service_issues (nDelius ATSS) counts: not_counted (default: the service did not hold the contact, read as its own cancellation, R-MCS-3(b)), acceptable_absence (counts when re-offered, R-MCS-4) or attended.';
COMMENT ON COLUMN settings.em_with_curfew_exempt IS 'R-MCS-5: electronic monitoring is exempt alongside an exempt curfew (default true: it is how the curfew is enforced, so curfew with tagging only is out of scope).';
COMMENT ON COLUMN settings.attribution IS 'How a month in which a case moved team is reported: month_end (default: to the team holding it at the end of the month, as caseload reports count), by_days (most days) or both (under each team).';
COMMENT ON COLUMN settings.pause_custody IS 'Whether months in custody (case_pauses kind custody) leave scope: whole_month (default: only a month spent wholly in custody, when no community contact is possible), any_day, or none.';
COMMENT ON COLUMN settings.pause_warrant IS 'The same for a warrant outstanding (kind warrant).';
COMMENT ON COLUMN settings.pause_suspended IS 'The same for suspended supervision (kind suspended).';

-- Constraints are added NOT VALID and then validated: rows loaded before 0.2.0 that break
-- them leave the constraint unvalidated (a warning names it) instead of failing the update.
DO $m$
DECLARE
  c record;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'cases'::regclass AND conname = 'cases_brag_check'
                    AND pg_catalog.pg_get_constraintdef(oid) LIKE '%vocab_check%') THEN
    ALTER TABLE cases DROP CONSTRAINT IF EXISTS cases_brag_check;
    ALTER TABLE cases ADD CONSTRAINT cases_brag_check CHECK (ttg.vocab_check('brag_status', brag, 'brag')) NOT VALID;
  END IF;
  -- Sex not recorded is real data (NULL); the vocabulary check is set at the end of this file.
  ALTER TABLE cases ALTER COLUMN sex DROP NOT NULL;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'cases'::regclass AND conname = 'cases_requirements_check') THEN
    ALTER TABLE cases ADD CONSTRAINT cases_requirements_check
      CHECK (ttg.vocab_check('requirement', requirements, 'requirements')) NOT VALID;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'contacts'::regclass AND conname = 'contacts_outcome_check') THEN
    ALTER TABLE contacts ADD CONSTRAINT contacts_outcome_check CHECK (ttg.vocab_check('contact_outcome', outcome, 'outcome')) NOT VALID;
  END IF;
  -- ROSH, prison type and placement environment: the one vocabulary lookup, as the functions
  -- that read them take them.
  FOR c IN SELECT * FROM (VALUES ('custody', 'custody_rosh_check', 'rosh', 'rosh'),
                                 ('custody', 'custody_prison_type_check', 'prison_type', 'prison_type'),
                                 ('placements', 'placements_environment_check', 'environment', 'environment'))
                         AS v(tab, conname, vocab, col)
            WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                               WHERE k.conrelid = pg_catalog.to_regclass(v.tab) AND k.conname = v.conname
                                 AND pg_catalog.pg_get_constraintdef(k.oid) LIKE '%vocab_check%')
              -- custody.prison_type, when not there yet, is added below with this check.
              AND EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                           WHERE a.attrelid = pg_catalog.to_regclass(v.tab) AND a.attname = v.col) LOOP
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                WHERE k.conrelid = pg_catalog.to_regclass(c.tab) AND k.conname = c.conname) THEN
      EXECUTE pg_catalog.format('ALTER TABLE %I DROP CONSTRAINT %I', c.tab, c.conname);
    END IF;
    EXECUTE pg_catalog.format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (ttg.vocab_check(%L, %I, %L)) NOT VALID',
                              c.tab, c.conname, c.vocab, c.col, c.col);
  END LOOP;
END
$m$;
COMMENT ON COLUMN cases.sex IS 'female, male, other, not_specified or not_known (ttg.vocab_words(''sex'')); NULL when not recorded. Matching (R-UPW-7) places in female_only placements only a case recorded female: other, not_specified, not_known and NULL are not; the all-male choice is the case''s own avoid_all_male.';
COMMENT ON COLUMN cases.order_type IS 'community_order, suspended_sentence_order, licence or post_sentence_supervision (ttg.vocab_words(''order_type'')).';
COMMENT ON COLUMN contacts.contact_type IS 'nDelius contact type code (COAP, COAI, CHVS count for MCS, R-MCS-2, matched by the one case rule); not blank.';
COMMENT ON COLUMN cases.brag IS 'BRAG status: red, red_amber, amber, green or blue (checked at load; nDelius codes map through ttg.code_word).';
COMMENT ON COLUMN cases.requirements IS 'Requirement words of the order (unpaid_work, rar, curfew, ...), checked at load; empty for a licence. Dated periods in case_requirement_periods replace them when present.';
COMMENT ON COLUMN contacts.outcome IS 'Outcome word (attended, failed_to_attend, acceptable_absence, cancelled_by_case_manager, rearranged_by_case_manager, rearranged_by_service_user, sent_home_service_issues), checked at load; NULL when not yet recorded. nDelius codes map through ttg.mcs_outcome(code).';
COMMENT ON COLUMN contacts.next_appointment_on IS 'After a missed appointment: the date of the further appointment (R-MCS-4). When both next_ columns are NULL the next case-manager contact''s own dates are read.';


-- Case history (R-MCS-1, R-MCS-5): dated team assignments, requirements and pauses.
CREATE TABLE IF NOT EXISTS case_assignments (
  case_id   bigint NOT NULL REFERENCES cases ON DELETE CASCADE,
  team      text NOT NULL,
  region    text NOT NULL,
  from_date date NOT NULL,
  to_date   date,
  CONSTRAINT case_assignments_to_date_check CHECK (ttg.model_check(to_date IS NULL OR to_date >= from_date, 'to_date', to_date::text, 'a date on or after from_date (' || from_date || '), or NULL while held')),
  PRIMARY KEY (case_id, from_date)
);
COMMENT ON TABLE case_assignments IS 'Which team and region held a case when: a transfer ends one period and starts the next. A case without rows is reported under cases.team.';
COMMENT ON COLUMN case_assignments.case_id IS 'The case.';
COMMENT ON COLUMN case_assignments.team IS 'Team holding the case.';
COMMENT ON COLUMN case_assignments.region IS 'Region of that team.';
COMMENT ON COLUMN case_assignments.from_date IS 'First day held.';
COMMENT ON COLUMN case_assignments.to_date IS 'Last day held; NULL while held.';

CREATE TABLE IF NOT EXISTS case_requirement_periods (
  case_id     bigint NOT NULL REFERENCES cases ON DELETE CASCADE,
  requirement text NOT NULL CHECK (ttg.vocab_check('requirement', requirement, 'requirement')),
  from_date   date NOT NULL,
  to_date     date,
  CONSTRAINT case_requirement_periods_to_date_check CHECK (ttg.model_check(to_date IS NULL OR to_date >= from_date, 'to_date', to_date::text, 'a date on or after from_date (' || from_date || '), or NULL while running'))
);
CREATE INDEX IF NOT EXISTS case_requirement_periods_case_id_idx ON case_requirement_periods (case_id);
COMMENT ON TABLE case_requirement_periods IS 'Requirements of an order with their dates (R-MCS-5): when a case has rows here they replace cases.requirements, month by month (a requirement active any day of a month is in force that month).';
COMMENT ON COLUMN case_requirement_periods.case_id IS 'The case.';
COMMENT ON COLUMN case_requirement_periods.requirement IS 'Requirement word (ttg.vocab_words(''requirement'')).';
COMMENT ON COLUMN case_requirement_periods.from_date IS 'Start of the requirement.';
COMMENT ON COLUMN case_requirement_periods.to_date IS 'Last day of the requirement; NULL while running.';

CREATE TABLE IF NOT EXISTS case_pauses (
  case_id   bigint NOT NULL REFERENCES cases ON DELETE CASCADE,
  kind      text NOT NULL CHECK (ttg.vocab_check('pause_kind', kind, 'kind')),
  from_date date NOT NULL,
  to_date   date,
  CONSTRAINT case_pauses_to_date_check CHECK (ttg.model_check(to_date IS NULL OR to_date >= from_date, 'to_date', to_date::text, 'a date on or after from_date (' || from_date || '), or NULL while it lasts'))
);
CREATE INDEX IF NOT EXISTS case_pauses_case_id_idx ON case_pauses (case_id);
COMMENT ON TABLE case_pauses IS 'Spells when a case cannot be seen in the community: custody, warrant (outstanding) or suspended (supervision). settings.pause_custody, pause_warrant and pause_suspended say which months they take out of scope.';
COMMENT ON COLUMN case_pauses.case_id IS 'The case.';
COMMENT ON COLUMN case_pauses.kind IS 'custody, warrant or suspended.';
COMMENT ON COLUMN case_pauses.from_date IS 'First day of the spell.';
COMMENT ON COLUMN case_pauses.to_date IS 'Last day of the spell; NULL while it lasts.';

CREATE TABLE IF NOT EXISTS team_go_live (
  team    text PRIMARY KEY,
  go_live date NOT NULL
);
COMMENT ON TABLE team_go_live IS 'Office go-live dates for the Minimum Contact Specification (front-office roll-out from 1 November 2018, office by office): a case''s months start no earlier than its team''s date; teams not listed start on 1 October 2018.';
COMMENT ON COLUMN team_go_live.team IS 'Team (as cases.team).';
COMMENT ON COLUMN team_go_live.go_live IS 'First day the specification applies to the team''s cases.';

CREATE TABLE IF NOT EXISTS load_rejects (
  reject_id  bigserial PRIMARY KEY,
  loaded_at  timestamptz NOT NULL DEFAULT now(),
  source     text NOT NULL,
  line       integer,
  row_data   jsonb NOT NULL,
  reason     text NOT NULL
);
COMMENT ON TABLE load_rejects IS 'Rows ttg.load_ndelius_extract could not load, with the reason; nothing else of a load is lost.';
COMMENT ON COLUMN load_rejects.reject_id IS 'Reject identifier.';
COMMENT ON COLUMN load_rejects.loaded_at IS 'When the load ran.';
COMMENT ON COLUMN load_rejects.source IS 'cases or contacts.';
COMMENT ON COLUMN load_rejects.line IS 'Row number in the staging table (its order by ctid).';
COMMENT ON COLUMN load_rejects.row_data IS 'The staging row as it was.';
COMMENT ON COLUMN load_rejects.reason IS 'Why it was refused (the error, naming value and column).';


-- Contact compliance results, kept up to date by triggers on the tables they are computed
-- from (ttg.mcs_track): only the cases whose rows changed are computed again.
CREATE TABLE IF NOT EXISTS mcs_results (
  case_id           bigint NOT NULL,
  region            text NOT NULL,
  team              text NOT NULL,
  brag              text NOT NULL,
  month             date NOT NULL,
  mcs_met           boolean NOT NULL,
  brag_met          boolean NOT NULL,
  contacts          integer NOT NULL,
  valid_contacts    integer NOT NULL,
  reason            text,
  commonest_failure text,
  PRIMARY KEY (case_id, month, team)
);
CREATE INDEX IF NOT EXISTS mcs_results_team_month_idx ON mcs_results (team, month);
CREATE INDEX IF NOT EXISTS mcs_results_region_month_idx ON mcs_results (region, month);
CREATE INDEX IF NOT EXISTS mcs_results_month_idx ON mcs_results (month);
COMMENT ON TABLE mcs_results IS 'The case-months of mcs_case_month_live, stored: triggers on cases, contacts, case_assignments, case_requirement_periods, case_pauses, settings and team_go_live compute again the cases a statement touched (all of them for settings, team_go_live and TRUNCATE), in the same transaction. With settings.as_of NULL (today) run ttg.refresh_reporting_model(schema) once a day so that a new month appears. Writers of those tables need INSERT and DELETE here.';
COMMENT ON COLUMN mcs_results.case_id IS 'The case.';
COMMENT ON COLUMN mcs_results.region IS 'Region the month is attributed to.';
COMMENT ON COLUMN mcs_results.team IS 'Team the month is attributed to.';
COMMENT ON COLUMN mcs_results.brag IS 'BRAG status of the case.';
COMMENT ON COLUMN mcs_results.month IS 'First day of the month.';
COMMENT ON COLUMN mcs_results.mcs_met IS 'Minimum Contact Specification met (R-MCS-1).';
COMMENT ON COLUMN mcs_results.brag_met IS 'BRAG frequency met (R-MCS-6).';
COMMENT ON COLUMN mcs_results.contacts IS 'Contacts recorded in the month.';
COMMENT ON COLUMN mcs_results.valid_contacts IS 'Valid case-manager contacts in the month.';
COMMENT ON COLUMN mcs_results.reason IS 'Why not met; NULL when met.';
COMMENT ON COLUMN mcs_results.commonest_failure IS 'The commonest failure among invalid contacts; NULL when none.';

-- Triggers made once (a model built before 0.2.0 has none).
DO $t$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid = 'contacts'::regclass AND tgname = 'mcs_track_ins') THEN
    CREATE TRIGGER mcs_track_ins AFTER INSERT ON cases REFERENCING NEW TABLE AS ttg_new FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_upd AFTER UPDATE ON cases REFERENCING OLD TABLE AS ttg_old NEW TABLE AS ttg_new FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_del AFTER DELETE ON cases REFERENCING OLD TABLE AS ttg_old FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_trunc AFTER TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_ins AFTER INSERT ON contacts REFERENCING NEW TABLE AS ttg_new FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_upd AFTER UPDATE ON contacts REFERENCING OLD TABLE AS ttg_old NEW TABLE AS ttg_new FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_del AFTER DELETE ON contacts REFERENCING OLD TABLE AS ttg_old FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_trunc AFTER TRUNCATE ON contacts FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_ins AFTER INSERT ON case_assignments REFERENCING NEW TABLE AS ttg_new FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_upd AFTER UPDATE ON case_assignments REFERENCING OLD TABLE AS ttg_old NEW TABLE AS ttg_new FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_del AFTER DELETE ON case_assignments REFERENCING OLD TABLE AS ttg_old FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_ins AFTER INSERT ON case_requirement_periods REFERENCING NEW TABLE AS ttg_new FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_upd AFTER UPDATE ON case_requirement_periods REFERENCING OLD TABLE AS ttg_old NEW TABLE AS ttg_new FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_del AFTER DELETE ON case_requirement_periods REFERENCING OLD TABLE AS ttg_old FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_ins AFTER INSERT ON case_pauses REFERENCING NEW TABLE AS ttg_new FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_upd AFTER UPDATE ON case_pauses REFERENCING OLD TABLE AS ttg_old NEW TABLE AS ttg_new FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_del AFTER DELETE ON case_pauses REFERENCING OLD TABLE AS ttg_old FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
    CREATE TRIGGER mcs_track_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON team_go_live FOR EACH STATEMENT EXECUTE FUNCTION ttg.mcs_track();
  END IF;
END
$t$;

-- 0.1.0 -> 0.2.0, risk as the extracts record it: tier, ROSH and MAPPA on cases (loaded by
-- ttg.load_ndelius_extract), and the custody checks through the same vocabularies, not recorded
-- stored as NULL (real values such as tier B2, MAPPA level 0 and ROSH not recorded load).
ALTER TABLE cases ADD COLUMN IF NOT EXISTS tier text CHECK (ttg.vocab_check('tier', tier, 'tier'));
ALTER TABLE cases ADD COLUMN IF NOT EXISTS rosh text CHECK (ttg.vocab_check('rosh', rosh, 'rosh'));
ALTER TABLE cases ADD COLUMN IF NOT EXISTS mappa_category integer CHECK (mappa_category BETWEEN 1 AND 4);
ALTER TABLE cases ADD COLUMN IF NOT EXISTS mappa_level integer CHECK (mappa_level BETWEEN 0 AND 3);
DO $risk$
DECLARE
  c record;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'custody'::regclass AND conname = 'custody_tier_check'
                    AND pg_catalog.pg_get_constraintdef(oid) LIKE '%vocab_check%') THEN
    ALTER TABLE custody DROP CONSTRAINT IF EXISTS custody_tier_check;
    -- 0.1.0 stored the letters A to D; the canonical words are lower case (a to d).
    UPDATE custody SET tier = pg_catalog.lower(tier) WHERE tier IN ('A', 'B', 'C', 'D');
    ALTER TABLE custody ADD CONSTRAINT custody_tier_check CHECK (ttg.vocab_check('tier', tier, 'tier')) NOT VALID;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'custody'::regclass AND conname = 'custody_rosh_check'
                    AND pg_catalog.pg_get_constraintdef(oid) LIKE '%vocab_check%') THEN
    ALTER TABLE custody DROP CONSTRAINT IF EXISTS custody_rosh_check;
    ALTER TABLE custody ADD CONSTRAINT custody_rosh_check CHECK (ttg.vocab_check('rosh', rosh, 'rosh')) NOT VALID;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'custody'::regclass AND conname = 'custody_mappa_level_check'
                    AND pg_catalog.pg_get_constraintdef(oid) LIKE '%>= 0%') THEN
    ALTER TABLE custody DROP CONSTRAINT IF EXISTS custody_mappa_level_check;
    ALTER TABLE custody ADD CONSTRAINT custody_mappa_level_check CHECK (mappa_level BETWEEN 0 AND 3) NOT VALID;
  END IF;
  ALTER TABLE custody ALTER COLUMN tier DROP NOT NULL, ALTER COLUMN rosh DROP NOT NULL;
  FOR c IN SELECT k.conname FROM pg_catalog.pg_constraint k
            WHERE k.conrelid = 'custody'::regclass AND NOT k.convalidated
              AND k.conname IN ('custody_tier_check', 'custody_rosh_check', 'custody_mappa_level_check') LOOP
    BEGIN
      EXECUTE pg_catalog.format('ALTER TABLE custody VALIDATE CONSTRAINT %I', c.conname);
    EXCEPTION WHEN OTHERS THEN
      RAISE WARNING 'rows of custody break % and are kept; the views may refuse them: %', c.conname, SQLERRM
        USING HINT = 'Correct the rows, then ALTER TABLE ... VALIDATE CONSTRAINT.';
    END;
  END LOOP;
END
$risk$;
COMMENT ON COLUMN cases.tier IS 'Case tier as a canonical word: a3 (highest) to d0, or a bare letter a to d (ttg.vocab_words(''tier''); nDelius codes such as UB2 map through ttg.tier_code); NULL when not recorded.';
COMMENT ON COLUMN cases.rosh IS 'Risk of Serious Harm: low, medium, high or very_high (nDelius register codes such as RHRH map through ttg.rosh_code); NULL when not recorded.';
COMMENT ON COLUMN cases.mappa_category IS 'MAPPA category 1 to 4 (nDelius M1 to M4, ttg.mappa_code); NULL when not a MAPPA case or not recorded.';
COMMENT ON COLUMN cases.mappa_level IS 'MAPPA management level 0 to 3 (nDelius M0 to M3; 0 is a registration with no level set); NULL when not recorded.';
COMMENT ON COLUMN custody.rosh IS 'Risk of Serious Harm: low, medium, high or very_high; NULL when not recorded (R-OM-1 then judges scope by the sentence and the other criteria, or says unknown).';
COMMENT ON COLUMN custody.tier IS 'Case tier as a canonical word: a3 to d0 or a bare letter a to d (A and B high risk, R-OM-4); NULL when not recorded (no POM grade is given).';
COMMENT ON COLUMN custody.mappa_level IS 'MAPPA level 0 to 3 (0: registered, no level set); NULL when not a MAPPA case or not recorded. The OMiC handover reads 0, 1 and NULL alike (the MAPPA 1 or none rule).';

SELECT pg_catalog.set_config('client_min_messages', pg_catalog.current_setting('ttg.migrate_saved_messages'), true);

-- 0.1.0 -> 0.2.0.
-- R-UPW-6: a NULL ete_cap means the dated policy; a model's own value is kept.
ALTER TABLE settings ALTER COLUMN ete_cap DROP NOT NULL, ALTER COLUMN ete_cap DROP DEFAULT;
-- R-UPW-8 short-notice cancellations, R-UPW-7 the choice recorded, the OMiC facts of a
-- person in custody, R-UPW-2 travel to programmes and structured interventions; each step looks first, so a build that
-- finds them made says nothing.
DO $migrate$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = 'settings'::regclass AND attname = 'short_notice_days') THEN
    ALTER TABLE settings ADD COLUMN short_notice_days integer NOT NULL DEFAULT 2 CHECK (short_notice_days BETWEEN 0 AND 28);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = 'upw_sessions'::regclass AND attname = 'cancelled_on') THEN
    ALTER TABLE upw_sessions ADD COLUMN cancelled_on date;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = 'upw_sessions'::regclass AND attname = 'cancelled_by') THEN
    ALTER TABLE upw_sessions ADD COLUMN cancelled_by text CONSTRAINT upw_sessions_cancelled_by_check CHECK (ttg.vocab_check('cancelled_by', cancelled_by, 'cancelled_by'));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = 'upw_orders'::regclass AND attname = 'all_male_choice_offered') THEN
    ALTER TABLE upw_orders ADD COLUMN all_male_choice_offered boolean;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = 'custody'::regclass AND attname = 'tariff') THEN
    ALTER TABLE custody ADD COLUMN tariff date, ADD COLUMN target_hearing date,
      ADD COLUMN recalled boolean NOT NULL DEFAULT false,
      ADD COLUMN prison_type text NOT NULL DEFAULT 'public' CHECK (ttg.vocab_check('prison_type', prison_type, 'prison_type'));
  END IF;
  IF to_regclass('programme_sessions') IS NULL THEN
    CREATE TABLE programme_sessions (
      session_id        bigint PRIMARY KEY,
      case_id           bigint NOT NULL REFERENCES cases ON DELETE CASCADE,
      activity          text NOT NULL CONSTRAINT programme_sessions_activity_check CHECK (ttg.vocab_check('programme_activity', activity, 'activity')),
      session_on        date NOT NULL,
      outbound_minutes  numeric CONSTRAINT programme_sessions_outbound_minutes_check CHECK (ttg.model_check(outbound_minutes >= 0, 'outbound_minutes', outbound_minutes::text, 'minutes from 0 up, or NULL')),
      return_minutes    numeric CONSTRAINT programme_sessions_return_minutes_check CHECK (ttg.model_check(return_minutes >= 0, 'return_minutes', return_minutes::text, 'minutes from 0 up, or NULL'))
    );
    CREATE INDEX ON programme_sessions (case_id);
  END IF;
END
$migrate$;
-- Their comments, as tables.sql gives them.
COMMENT ON COLUMN settings.ete_cap IS 'Share of Unpaid Work hours that may be ETE (R-UPW-6). NULL (the default for new models): the dated policy on the report date, ttg.upw_ete_cap_share (0.20, then 0.30 from 1 April 2024); a number overrides it.';
COMMENT ON COLUMN settings.short_notice_days IS 'A session cancelled by the service fewer than this many days before it is a short-notice cancellation (R-UPW-8; the source gives no number: default 2, so cancelled the day before or on the day).';
COMMENT ON COLUMN upw_orders.all_male_choice_offered IS 'Whether the person was offered the choice not to work in an all-male group (R-UPW-7: every woman is); NULL when not recorded.';
COMMENT ON COLUMN upw_sessions.cancelled_on IS 'The day the session was cancelled (NULL: not cancelled); with session_on and settings.short_notice_days it tells a short-notice cancellation (R-UPW-8).';
COMMENT ON COLUMN upw_sessions.cancelled_by IS 'service (the provider cancelled: what R-UPW-8 asks to avoid at short notice) or person (ttg.vocab_words(''cancelled_by'')); NULL when not cancelled or not recorded.';
COMMENT ON TABLE programme_sessions IS 'Sessions of Accredited Programmes and Structured Interventions attended, with the travel to them (R-UPW-2).';
COMMENT ON COLUMN programme_sessions.session_id IS 'Session identifier.';
COMMENT ON COLUMN programme_sessions.case_id IS 'The case.';
COMMENT ON COLUMN programme_sessions.activity IS 'accredited_programme or structured_intervention (ttg.vocab_words(''programme_activity'')).';
COMMENT ON COLUMN programme_sessions.session_on IS 'Date of the session.';
COMMENT ON COLUMN programme_sessions.outbound_minutes IS 'Travel minutes to the session (routed or recorded).';
COMMENT ON COLUMN programme_sessions.return_minutes IS 'Travel minutes back.';
COMMENT ON COLUMN custody.tariff IS 'Tariff expiry date of an indeterminate sentence (TED), when known.';
COMMENT ON COLUMN custody.target_hearing IS 'Target date of the next parole hearing (THD) of an indeterminate sentence, when known (the OMiC 2023 earliest release, from May 2025).';
COMMENT ON COLUMN custody.recalled IS 'True when in custody on recall (OMiC: the community holds the case, no handover).';
COMMENT ON COLUMN custody.prison_type IS 'public or hub_private: the OMiC transitional cut-off for a case sentenced before OMiC (England public 15 February 2021, hub and private 1 June 2021).';
-- A pair with no route is a row with NULL minutes (blocked), not a missing row (estimated).
ALTER TABLE travel_times ALTER COLUMN minutes DROP NOT NULL;
COMMENT ON COLUMN travel_times.minutes IS 'Routed minutes each way; NULL when the routing engine found no route (the timetable serves no journey in time): the pair is blocked, never estimated. Leave a pair out to use the estimate.';

-- 0.1.0 -> 0.2.0, every value checked at load with a precise error: the words through the one
-- vocabulary lookup (ttg.vocab_check, as the rules read them: sex, order type, cancelled by, programme
-- activity, ROSH of an order, the re-offer and partial-month settings), ranges and dates in order
-- through ttg.model_check (value and column named, the accepted values in the hint). Each constraint
-- is replaced once (by name; unnamed table checks of earlier versions by their generated names),
-- NOT VALID and then validated, so that rows that break it are kept with a warning.
SELECT pg_catalog.set_config('ttg.migrate_saved_messages', pg_catalog.current_setting('client_min_messages'), true),
       pg_catalog.set_config('client_min_messages', 'warning', true);
DO $checks$
DECLARE
  c record;
  n integer := 0;
BEGIN
  FOR c IN SELECT * FROM (VALUES
      ('settings', 'settings_reoffer_rule_check', '{}', $c$ttg.vocab_check('reoffer_rule', reoffer_rule, 'reoffer_rule')$c$),
      ('settings', 'settings_partial_month_check', '{}', $c$ttg.vocab_check('partial_month', partial_month, 'partial_month')$c$),
      ('cases', 'cases_sex_check', '{}', $c$ttg.vocab_check('sex', sex, 'sex')$c$),
      ('cases', 'cases_order_type_check', '{}', $c$ttg.vocab_check('order_type', order_type, 'order_type')$c$),
      ('cases', 'cases_supervision_end_check', '{cases_check}', $c$ttg.model_check(supervision_end IS NULL OR supervision_end >= supervision_start, 'supervision_end', supervision_end::text, 'a date on or after supervision_start (' || supervision_start || '), or NULL while open')$c$),
      ('cases', 'cases_isp_completed_on_check', '{cases_check1}', $c$ttg.model_check(isp_completed_on IS NULL OR isp_completed_on >= supervision_start, 'isp_completed_on', isp_completed_on::text, 'a date on or after supervision_start (' || supervision_start || '), or NULL while not completed')$c$),
      ('cases', 'cases_mappa_category_check', '{}', $c$ttg.model_check(mappa_category BETWEEN 1 AND 4, 'mappa_category', mappa_category::text, '1 to 4 (nDelius M1 to M4 map through ttg.mappa_code), or NULL when none or not recorded')$c$),
      ('cases', 'cases_mappa_level_check', '{}', $c$ttg.model_check(mappa_level BETWEEN 0 AND 3, 'mappa_level', mappa_level::text, '0 to 3 (nDelius M0 to M3 map through ttg.mappa_code), or NULL when not recorded')$c$),
      ('contacts', 'contacts_contact_type_check', '{}', $c$ttg.model_check(btrim(contact_type) <> '', 'contact_type', contact_type, 'an nDelius contact type code, not blank (COAP, COAI and CHVS count, R-MCS-2)')$c$),
      ('contacts', 'contacts_available_minutes_check', '{}', $c$ttg.model_check(available_minutes >= 0, 'available_minutes', available_minutes::text, 'minutes from 0 up, or NULL when not recorded')$c$),
      ('case_assignments', 'case_assignments_to_date_check', '{case_assignments_check}', $c$ttg.model_check(to_date IS NULL OR to_date >= from_date, 'to_date', to_date::text, 'a date on or after from_date (' || from_date || '), or NULL while held')$c$),
      ('case_requirement_periods', 'case_requirement_periods_to_date_check', '{case_requirement_periods_check}', $c$ttg.model_check(to_date IS NULL OR to_date >= from_date, 'to_date', to_date::text, 'a date on or after from_date (' || from_date || '), or NULL while running')$c$),
      ('case_pauses', 'case_pauses_to_date_check', '{case_pauses_check}', $c$ttg.model_check(to_date IS NULL OR to_date >= from_date, 'to_date', to_date::text, 'a date on or after from_date (' || from_date || '), or NULL while it lasts')$c$),
      ('custody', 'custody_sentence_months_check', '{}', $c$ttg.model_check(sentence_months > 0, 'sentence_months', sentence_months::text, 'months above 0')$c$),
      ('custody', 'custody_mappa_level_check', '{}', $c$ttg.model_check(mappa_level BETWEEN 0 AND 3, 'mappa_level', mappa_level::text, '0 to 3 (0: registered, no level set), or NULL when not a MAPPA case or not recorded')$c$),
      ('custody', 'custody_crd_check', '{custody_check}', $c$ttg.model_check(crd IS NULL OR crd > sentenced_on, 'crd', crd::text, 'a date after sentenced_on (' || sentenced_on || '), or NULL')$c$),
      ('custody', 'custody_ard_check', '{custody_check1}', $c$ttg.model_check(ard IS NULL OR ard > sentenced_on, 'ard', ard::text, 'a date after sentenced_on (' || sentenced_on || '), or NULL')$c$),
      ('placements', 'placements_lat_check', '{}', $c$ttg.model_check(lat BETWEEN -90 AND 90, 'lat', lat::text, 'a WGS84 latitude, -90 to 90')$c$),
      ('placements', 'placements_lon_check', '{}', $c$ttg.model_check(lon BETWEEN -180 AND 180, 'lon', lon::text, 'a WGS84 longitude, -180 to 180')$c$),
      ('placements', 'placements_capacity_check', '{}', $c$ttg.model_check(capacity >= 0, 'capacity', capacity::text, 'people from 0 up')$c$),
      ('placements', 'placements_session_days_check', '{}', $c$ttg.model_check(session_days BETWEEN 1 AND 127, 'session_days', session_days::text, 'a day mask 1 to 127 (Monday = 1 ... Sunday = 64)')$c$),
      ('upw_orders', 'upw_orders_hours_ordered_check', '{}', $c$ttg.model_check(hours_ordered > 0, 'hours_ordered', hours_ordered::text, 'hours above 0')$c$),
      ('upw_orders', 'upw_orders_hours_completed_check', '{}', $c$ttg.model_check(hours_completed >= 0, 'hours_completed', hours_completed::text, 'hours from 0 up')$c$),
      ('upw_orders', 'upw_orders_ete_minutes_check', '{}', $c$ttg.model_check(ete_minutes >= 0, 'ete_minutes', ete_minutes::text, 'minutes from 0 up')$c$),
      ('upw_orders', 'upw_orders_home_lat_check', '{}', $c$ttg.model_check(home_lat BETWEEN -90 AND 90, 'home_lat', home_lat::text, 'a WGS84 latitude, -90 to 90, or NULL')$c$),
      ('upw_orders', 'upw_orders_home_lon_check', '{}', $c$ttg.model_check(home_lon BETWEEN -180 AND 180, 'home_lon', home_lon::text, 'a WGS84 longitude, -180 to 180, or NULL')$c$),
      ('upw_orders', 'upw_orders_available_days_check', '{}', $c$ttg.model_check(available_days BETWEEN 1 AND 127, 'available_days', available_days::text, 'a day mask 1 to 127 (Monday = 1 ... Sunday = 64), or NULL for any day')$c$),
      ('upw_orders', 'upw_orders_rosh_check', '{}', $c$ttg.vocab_check('rosh', rosh, 'rosh')$c$),
      ('upw_orders', 'upw_orders_hours_within_order_check', '{upw_orders_check}', $c$ttg.model_check(hours_completed <= hours_ordered, 'hours_completed', hours_completed::text, 'hours up to hours_ordered (' || hours_ordered || ')')$c$),
      ('upw_orders', 'upw_orders_order_start_check', '{upw_orders_check1}', $c$ttg.model_check(order_start IS NULL OR order_start >= sentence_date, 'order_start', order_start::text, 'a date on or after sentence_date (' || sentence_date || '), or NULL')$c$),
      ('upw_orders', 'upw_orders_awaiting_placement_check', '{upw_orders_check2}', $c$ttg.model_check(NOT awaiting_placement OR (home_lat IS NOT NULL AND home_lon IS NOT NULL), 'awaiting_placement', awaiting_placement::text, 'true only with home_lat and home_lon (matching needs the home), else false')$c$),
      ('upw_sessions', 'upw_sessions_work_minutes_check', '{}', $c$ttg.model_check(work_minutes >= 0, 'work_minutes', work_minutes::text, 'minutes from 0 up')$c$),
      ('upw_sessions', 'upw_sessions_outbound_minutes_check', '{}', $c$ttg.model_check(outbound_minutes >= 0, 'outbound_minutes', outbound_minutes::text, 'minutes from 0 up, or NULL')$c$),
      ('upw_sessions', 'upw_sessions_return_minutes_check', '{}', $c$ttg.model_check(return_minutes >= 0, 'return_minutes', return_minutes::text, 'minutes from 0 up, or NULL')$c$),
      ('upw_sessions', 'upw_sessions_cancelled_by_check', '{}', $c$ttg.vocab_check('cancelled_by', cancelled_by, 'cancelled_by')$c$),
      ('programme_sessions', 'programme_sessions_activity_check', '{}', $c$ttg.vocab_check('programme_activity', activity, 'activity')$c$),
      ('programme_sessions', 'programme_sessions_outbound_minutes_check', '{}', $c$ttg.model_check(outbound_minutes >= 0, 'outbound_minutes', outbound_minutes::text, 'minutes from 0 up, or NULL')$c$),
      ('programme_sessions', 'programme_sessions_return_minutes_check', '{}', $c$ttg.model_check(return_minutes >= 0, 'return_minutes', return_minutes::text, 'minutes from 0 up, or NULL')$c$),
      ('travel_times', 'travel_times_minutes_check', '{}', $c$ttg.model_check(minutes >= 0, 'minutes', minutes::text, 'minutes from 0 up, or NULL for no route')$c$)
    ) AS v(tab, conname, old_names, def)
  LOOP
    CONTINUE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                           WHERE k.conrelid = c.tab::regclass AND k.conname = c.conname
                             AND pg_catalog.pg_get_constraintdef(k.oid) ~ '(model|vocab)_check');
    EXECUTE pg_catalog.format('ALTER TABLE %I DROP CONSTRAINT IF EXISTS %I', c.tab, c.conname);
    FOR n IN 1 .. coalesce(pg_catalog.array_length(c.old_names::text[], 1), 0) LOOP
      EXECUTE pg_catalog.format('ALTER TABLE %I DROP CONSTRAINT IF EXISTS %I', c.tab, (c.old_names::text[])[n]);
    END LOOP;
    EXECUTE pg_catalog.format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (%s) NOT VALID', c.tab, c.conname, c.def);
  END LOOP;
  FOR c IN SELECT k.conrelid::regclass AS tab, k.conname FROM pg_catalog.pg_constraint k
            WHERE k.conrelid IN ('settings'::regclass, 'cases'::regclass, 'contacts'::regclass, 'case_assignments'::regclass,
                                 'case_requirement_periods'::regclass, 'case_pauses'::regclass, 'custody'::regclass,
                                 'placements'::regclass, 'upw_orders'::regclass, 'upw_sessions'::regclass,
                                 'programme_sessions'::regclass, 'travel_times'::regclass)
              AND k.contype = 'c' AND NOT k.convalidated LOOP
    BEGIN
      EXECUTE pg_catalog.format('ALTER TABLE %s VALIDATE CONSTRAINT %I', c.tab, c.conname);
    EXCEPTION WHEN OTHERS THEN
      RAISE WARNING 'rows of % break % and are kept; the views may refuse them: %', c.tab, c.conname, SQLERRM
        USING HINT = 'Correct the rows, then ALTER TABLE ... VALIDATE CONSTRAINT.';
    END;
  END LOOP;
END
$checks$;
SELECT pg_catalog.set_config('client_min_messages', pg_catalog.current_setting('ttg.migrate_saved_messages'), true);

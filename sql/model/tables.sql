-- The tables of a reporting model: what a region loads its extracts into.
-- Run once, when ttg.create_reporting_model makes a model, with the model's schema
-- first on the search_path (so names here are unqualified). This is the current
-- shape; models made by earlier versions reach it through migrate.sql. A column
-- added later goes at the end of its table here and in migrate.sql, so that a
-- migrated table and a new one are the same.

CREATE TABLE settings (
  id                 boolean PRIMARY KEY DEFAULT true CHECK (id),
  as_of              date,
  brag_red           integer NOT NULL DEFAULT 1 CHECK (brag_red >= 1),
  brag_amber         integer NOT NULL DEFAULT 1 CHECK (brag_amber >= 1),
  brag_green         integer NOT NULL DEFAULT 1 CHECK (brag_green >= 1),
  brag_blue          integer NOT NULL DEFAULT 1 CHECK (brag_blue >= 1),
  reoffer_rule       text NOT NULL DEFAULT 'offer' CONSTRAINT settings_reoffer_rule_check CHECK (ttg.vocab_check('reoffer_rule', reoffer_rule, 'reoffer_rule')),
  partial_month      text NOT NULL DEFAULT 'full' CONSTRAINT settings_partial_month_check CHECK (ttg.vocab_check('partial_month', partial_month, 'partial_month')),
  mcs_target         numeric NOT NULL DEFAULT 95 CHECK (mcs_target BETWEEN 0 AND 100),
  mcs_trigger        numeric NOT NULL DEFAULT 85 CHECK (mcs_trigger BETWEEN 0 AND 100),
  ete_cap            numeric CHECK (ete_cap >= 0 AND ete_cap <= 1),
  ete_bonus_minutes  numeric NOT NULL DEFAULT 15 CHECK (ete_bonus_minutes >= 0),
  forecast_months    integer NOT NULL DEFAULT 6 CHECK (forecast_months BETWEEN 1 AND 36),
  CHECK (mcs_trigger <= mcs_target),
  brag_red_amber     integer NOT NULL DEFAULT 1 CHECK (brag_red_amber >= 1),
  notice_lead_minutes integer NOT NULL DEFAULT 0 CHECK (notice_lead_minutes BETWEEN 0 AND 527040),
  sent_home          text NOT NULL DEFAULT 'not_counted' CHECK (ttg.vocab_check('sent_home', sent_home, 'sent_home')),
  em_with_curfew_exempt boolean NOT NULL DEFAULT true,
  attribution        text NOT NULL DEFAULT 'month_end' CHECK (ttg.vocab_check('attribution', attribution, 'attribution')),
  pause_custody      text NOT NULL DEFAULT 'whole_month' CHECK (ttg.vocab_check('pause_rule', pause_custody, 'pause_custody')),
  pause_warrant      text NOT NULL DEFAULT 'whole_month' CHECK (ttg.vocab_check('pause_rule', pause_warrant, 'pause_warrant')),
  pause_suspended    text NOT NULL DEFAULT 'whole_month' CHECK (ttg.vocab_check('pause_rule', pause_suspended, 'pause_suspended')),
  short_notice_days  integer NOT NULL DEFAULT 2 CHECK (short_notice_days BETWEEN 0 AND 28)
);
INSERT INTO settings DEFAULT VALUES;
COMMENT ON TABLE settings IS 'Local policy the views pass to the ttg functions: one row.';
COMMENT ON COLUMN settings.id IS 'Always true: the table holds one row.';
COMMENT ON COLUMN settings.as_of IS 'The date the views report as of; NULL means today.';
COMMENT ON COLUMN settings.brag_red IS 'Valid contacts a month required for a Red case (R-MCS-6); default 1, the monthly minimum.';
COMMENT ON COLUMN settings.brag_amber IS 'Valid contacts a month required for an Amber case (R-MCS-6).';
COMMENT ON COLUMN settings.brag_green IS 'Valid contacts a month required for a Green case (R-MCS-6).';
COMMENT ON COLUMN settings.brag_blue IS 'Valid contacts a month required for a Blue case (R-MCS-6).';
COMMENT ON COLUMN settings.reoffer_rule IS 'Reading of R-MCS-4: offer (the offer is made within 5 business days) or appointment (the appointment falls within them).';
COMMENT ON COLUMN settings.partial_month IS 'Whether the months of ISP completion and of the end count (any) or only whole months (full), R-MCS-1.';
COMMENT ON COLUMN settings.mcs_target IS 'MCS target rate, percent (R-MCS-7, default 95).';
COMMENT ON COLUMN settings.mcs_trigger IS 'Rate below which improvement is triggered, percent (R-MCS-7, default 85).';
COMMENT ON COLUMN settings.ete_cap IS 'Share of Unpaid Work hours that may be ETE (R-UPW-6). NULL (the default for new models): the dated policy on the report date, ttg.upw_ete_cap_share (0.20, then 0.30 from 1 April 2024); a number overrides it.';
COMMENT ON COLUMN settings.short_notice_days IS 'A session cancelled by the service fewer than this many days before it is a short-notice cancellation (R-UPW-8; the source gives no number: default 2, so cancelled the day before or on the day).';
COMMENT ON COLUMN settings.ete_bonus_minutes IS 'Minutes taken off the travel of an ETE-eligible person placed where ETE is provided, in matching (R-UPW-8).';
COMMENT ON COLUMN settings.forecast_months IS 'Months ahead the release forecast covers.';
COMMENT ON COLUMN settings.brag_red_amber IS 'Valid contacts a month required for a Red/Amber case (R-MCS-6).';
COMMENT ON COLUMN settings.notice_lead_minutes IS 'R-MCS-3(a): minutes before the appointment the written notice must be given; default 0, any time before (the source names no lead time).';
COMMENT ON COLUMN settings.sent_home IS 'How the outcome sent_home_service_issues (nDelius ATSS) counts: not_counted (default: the service did not hold the contact, read as its own cancellation, R-MCS-3(b)), acceptable_absence (counts when re-offered, R-MCS-4) or attended.';
COMMENT ON COLUMN settings.em_with_curfew_exempt IS 'R-MCS-5: electronic monitoring is exempt alongside an exempt curfew (default true: it is how the curfew is enforced, so curfew with tagging only is out of scope).';
COMMENT ON COLUMN settings.attribution IS 'How a month in which a case moved team is reported: month_end (default: to the team holding it at the end of the month, as caseload reports count), by_days (most days) or both (under each team).';
COMMENT ON COLUMN settings.pause_custody IS 'Whether months in custody (case_pauses kind custody) leave scope: whole_month (default: only a month spent wholly in custody, when no community contact is possible), any_day, or none.';
COMMENT ON COLUMN settings.pause_warrant IS 'The same for a warrant outstanding (kind warrant).';
COMMENT ON COLUMN settings.pause_suspended IS 'The same for suspended supervision (kind suspended).';

CREATE TABLE region_access (
  role_name name NOT NULL,
  region    text NOT NULL,
  PRIMARY KEY (role_name, region)
);
COMMENT ON TABLE region_access IS 'Which roles may read which regions when row-level security is on.';
COMMENT ON COLUMN region_access.role_name IS 'A role (members of it inherit the grant).';
COMMENT ON COLUMN region_access.region IS 'A region the role may read.';

CREATE TABLE cases (
  case_id           bigint PRIMARY KEY,
  region            text NOT NULL,
  team              text NOT NULL,
  sex               text CONSTRAINT cases_sex_check CHECK (ttg.vocab_check('sex', sex, 'sex')),
  brag              text NOT NULL DEFAULT 'green' CHECK (ttg.vocab_check('brag_status', brag, 'brag')),
  order_type        text NOT NULL CONSTRAINT cases_order_type_check CHECK (ttg.vocab_check('order_type', order_type, 'order_type')),
  requirements      text[] NOT NULL DEFAULT '{}',
  isp_completed_on  date,
  supervision_start date NOT NULL,
  supervision_end   date,
  CONSTRAINT cases_supervision_end_check CHECK (ttg.model_check(supervision_end IS NULL OR supervision_end >= supervision_start, 'supervision_end', supervision_end::text, 'a date on or after supervision_start (' || supervision_start || '), or NULL while open')),
  CONSTRAINT cases_isp_completed_on_check CHECK (ttg.model_check(isp_completed_on IS NULL OR isp_completed_on >= supervision_start, 'isp_completed_on', isp_completed_on::text, 'a date on or after supervision_start (' || supervision_start || '), or NULL while not completed')),
  CONSTRAINT cases_requirements_check CHECK (ttg.vocab_check('requirement', requirements, 'requirements')),
  tier              text CHECK (ttg.vocab_check('tier', tier, 'tier')),
  rosh              text CHECK (ttg.vocab_check('rosh', rosh, 'rosh')),
  mappa_category    integer CONSTRAINT cases_mappa_category_check CHECK (ttg.model_check(mappa_category BETWEEN 1 AND 4, 'mappa_category', mappa_category::text, '1 to 4 (nDelius M1 to M4 map through ttg.mappa_code), or NULL when none or not recorded')),
  mappa_level       integer CONSTRAINT cases_mappa_level_check CHECK (ttg.model_check(mappa_level BETWEEN 0 AND 3, 'mappa_level', mappa_level::text, '0 to 3 (nDelius M0 to M3 map through ttg.mappa_code), or NULL when not recorded'))
);
CREATE INDEX ON cases (region, team);
COMMENT ON TABLE cases IS 'Community cases (nDelius extract): one row per case.';
COMMENT ON COLUMN cases.case_id IS 'Case identifier.';
COMMENT ON COLUMN cases.region IS 'Region (or CRC/CPA area) the case belongs to.';
COMMENT ON COLUMN cases.team IS 'Probation team.';
COMMENT ON COLUMN cases.sex IS 'female, male, other, not_specified or not_known (ttg.vocab_words(''sex'')); NULL when not recorded. Matching (R-UPW-7) places in female_only placements only a case recorded female: other, not_specified, not_known and NULL are not; the all-male choice is the case''s own avoid_all_male.';
COMMENT ON COLUMN cases.brag IS 'BRAG status: red, red_amber, amber, green or blue (checked at load; nDelius codes map through ttg.code_word).';
COMMENT ON COLUMN cases.order_type IS 'community_order, suspended_sentence_order, licence or post_sentence_supervision (ttg.vocab_words(''order_type'')).';
COMMENT ON COLUMN cases.requirements IS 'Requirement words of the order (unpaid_work, rar, curfew, ...), checked at load; empty for a licence. Dated periods in case_requirement_periods replace them when present.';
COMMENT ON COLUMN cases.isp_completed_on IS 'Date the Initial Sentence Plan was completed; MCS runs from then (R-MCS-1).';
COMMENT ON COLUMN cases.supervision_start IS 'Start of supervision.';
COMMENT ON COLUMN cases.supervision_end IS 'End of supervision; NULL while open.';
COMMENT ON COLUMN cases.tier IS 'Case tier as a canonical word: a3 (highest) to d0, or a bare letter a to d (ttg.vocab_words(''tier''); nDelius codes such as UB2 map through ttg.tier_code); NULL when not recorded.';
COMMENT ON COLUMN cases.rosh IS 'Risk of Serious Harm: low, medium, high or very_high (nDelius register codes such as RHRH map through ttg.rosh_code); NULL when not recorded.';
COMMENT ON COLUMN cases.mappa_category IS 'MAPPA category 1 to 4 (nDelius M1 to M4, ttg.mappa_code); NULL when not a MAPPA case or not recorded.';
COMMENT ON COLUMN cases.mappa_level IS 'MAPPA management level 0 to 3 (nDelius M0 to M3; 0 is a registration with no level set); NULL when not recorded.';

CREATE TABLE contacts (
  contact_id          bigint PRIMARY KEY,
  case_id             bigint NOT NULL REFERENCES cases ON DELETE CASCADE,
  contact_type        text NOT NULL,
  appointment_at      timestamp NOT NULL,
  notified_at         timestamp,
  outcome             text,
  available_minutes   integer CONSTRAINT contacts_available_minutes_check CHECK (ttg.model_check(available_minutes >= 0, 'available_minutes', available_minutes::text, 'minutes from 0 up, or NULL when not recorded')),
  other_activity      boolean,
  next_offered_on     date,
  next_appointment_on date,
  CONSTRAINT contacts_outcome_check CHECK (ttg.vocab_check('contact_outcome', outcome, 'outcome')),
  CONSTRAINT contacts_contact_type_check CHECK (ttg.model_check(btrim(contact_type) <> '', 'contact_type', contact_type, 'an nDelius contact type code, not blank (COAP, COAI and CHVS count, R-MCS-2)'))
);
CREATE INDEX ON contacts (case_id, appointment_at);
COMMENT ON TABLE contacts IS 'Contacts (nDelius extract): one row per appointment.';
COMMENT ON COLUMN contacts.contact_id IS 'Contact identifier.';
COMMENT ON COLUMN contacts.case_id IS 'The case.';
COMMENT ON COLUMN contacts.contact_type IS 'nDelius contact type code (COAP, COAI, CHVS count for MCS, R-MCS-2, matched by the one case rule); not blank.';
COMMENT ON COLUMN contacts.appointment_at IS 'Appointment date and time (local time, no time zone).';
COMMENT ON COLUMN contacts.notified_at IS 'When written notice (appointment slip) was given; NULL when none is recorded.';
COMMENT ON COLUMN contacts.outcome IS 'Outcome word (attended, failed_to_attend, acceptable_absence, cancelled_by_case_manager, rearranged_by_case_manager, rearranged_by_service_user, sent_home_service_issues), checked at load; NULL when not yet recorded. nDelius codes map through ttg.mcs_outcome(code).';
COMMENT ON COLUMN contacts.available_minutes IS 'Minutes the case manager was available (R-MCS-3c).';
COMMENT ON COLUMN contacts.other_activity IS 'True when the time was shared with another activity (R-MCS-3d).';
COMMENT ON COLUMN contacts.next_offered_on IS 'After a missed appointment: when the further appointment was offered (R-MCS-4).';
COMMENT ON COLUMN contacts.next_appointment_on IS 'After a missed appointment: the date of the further appointment (R-MCS-4). When both next_ columns are NULL the next case-manager contact''s own dates are read.';

-- Case history (R-MCS-1, R-MCS-5): dated team assignments, requirements and pauses.
CREATE TABLE case_assignments (
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

CREATE TABLE case_requirement_periods (
  case_id     bigint NOT NULL REFERENCES cases ON DELETE CASCADE,
  requirement text NOT NULL CHECK (ttg.vocab_check('requirement', requirement, 'requirement')),
  from_date   date NOT NULL,
  to_date     date,
  CONSTRAINT case_requirement_periods_to_date_check CHECK (ttg.model_check(to_date IS NULL OR to_date >= from_date, 'to_date', to_date::text, 'a date on or after from_date (' || from_date || '), or NULL while running'))
);
CREATE INDEX ON case_requirement_periods (case_id);
COMMENT ON TABLE case_requirement_periods IS 'Requirements of an order with their dates (R-MCS-5): when a case has rows here they replace cases.requirements, month by month (a requirement active any day of a month is in force that month).';
COMMENT ON COLUMN case_requirement_periods.case_id IS 'The case.';
COMMENT ON COLUMN case_requirement_periods.requirement IS 'Requirement word (ttg.vocab_words(''requirement'')).';
COMMENT ON COLUMN case_requirement_periods.from_date IS 'Start of the requirement.';
COMMENT ON COLUMN case_requirement_periods.to_date IS 'Last day of the requirement; NULL while running.';

CREATE TABLE case_pauses (
  case_id   bigint NOT NULL REFERENCES cases ON DELETE CASCADE,
  kind      text NOT NULL CHECK (ttg.vocab_check('pause_kind', kind, 'kind')),
  from_date date NOT NULL,
  to_date   date,
  CONSTRAINT case_pauses_to_date_check CHECK (ttg.model_check(to_date IS NULL OR to_date >= from_date, 'to_date', to_date::text, 'a date on or after from_date (' || from_date || '), or NULL while it lasts'))
);
CREATE INDEX ON case_pauses (case_id);
COMMENT ON TABLE case_pauses IS 'Spells when a case cannot be seen in the community: custody, warrant (outstanding) or suspended (supervision). settings.pause_custody, pause_warrant and pause_suspended say which months they take out of scope.';
COMMENT ON COLUMN case_pauses.case_id IS 'The case.';
COMMENT ON COLUMN case_pauses.kind IS 'custody, warrant or suspended.';
COMMENT ON COLUMN case_pauses.from_date IS 'First day of the spell.';
COMMENT ON COLUMN case_pauses.to_date IS 'Last day of the spell; NULL while it lasts.';

CREATE TABLE team_go_live (
  team    text PRIMARY KEY,
  go_live date NOT NULL
);
COMMENT ON TABLE team_go_live IS 'Office go-live dates for the Minimum Contact Specification (front-office roll-out from 1 November 2018, office by office): a case''s months start no earlier than its team''s date; teams not listed start on 1 October 2018.';
COMMENT ON COLUMN team_go_live.team IS 'Team (as cases.team).';
COMMENT ON COLUMN team_go_live.go_live IS 'First day the specification applies to the team''s cases.';

CREATE TABLE load_rejects (
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
CREATE TABLE mcs_results (
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
CREATE INDEX ON mcs_results (team, month);
CREATE INDEX ON mcs_results (region, month);
CREATE INDEX ON mcs_results (month);
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

-- Keep mcs_results current (statement triggers; transition tables hold the rows touched).
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

CREATE TABLE custody (
  person_id            bigint PRIMARY KEY,
  region               text NOT NULL,
  home_area            text NOT NULL,
  prison_code          text NOT NULL,
  sentence_months      numeric NOT NULL CONSTRAINT custody_sentence_months_check CHECK (ttg.model_check(sentence_months > 0, 'sentence_months', sentence_months::text, 'months above 0')),
  sentenced_on         date NOT NULL,
  indeterminate        boolean NOT NULL DEFAULT false,
  ped                  date,
  crd                  date,
  ard                  date,
  hdc_eligibility      date,
  hdc_actual           date,
  confirmed_release    date,
  actual_parole        date,
  parole_process_start date,
  parole_refused_on    date,
  next_review_start    date,
  rosh                 text CHECK (ttg.vocab_check('rosh', rosh, 'rosh')),
  tier                 text CHECK (ttg.vocab_check('tier', tier, 'tier')),
  mappa_level          integer CONSTRAINT custody_mappa_level_check CHECK (ttg.model_check(mappa_level BETWEEN 0 AND 3, 'mappa_level', mappa_level::text, '0 to 3 (0: registered, no level set), or NULL when not a MAPPA case or not recorded')),
  ipp                  boolean NOT NULL DEFAULT false,
  ppo                  boolean NOT NULL DEFAULT false,
  nps_case             boolean NOT NULL DEFAULT true,
  early_allocation     boolean NOT NULL DEFAULT false,
  tariff               date,
  target_hearing       date,
  recalled             boolean NOT NULL DEFAULT false,
  prison_type          text NOT NULL DEFAULT 'public' CHECK (ttg.vocab_check('prison_type', prison_type, 'prison_type')),
  CONSTRAINT custody_crd_check CHECK (ttg.model_check(crd IS NULL OR crd > sentenced_on, 'crd', crd::text, 'a date after sentenced_on (' || sentenced_on || '), or NULL')),
  CONSTRAINT custody_ard_check CHECK (ttg.model_check(ard IS NULL OR ard > sentenced_on, 'ard', ard::text, 'a date after sentenced_on (' || sentenced_on || '), or NULL'))
);
CREATE INDEX ON custody (prison_code);
COMMENT ON TABLE custody IS 'People in custody (prison extract): sentence, release and parole dates, risk.';
COMMENT ON COLUMN custody.person_id IS 'Person identifier.';
COMMENT ON COLUMN custody.region IS 'Region that will supervise on release.';
COMMENT ON COLUMN custody.home_area IS 'Contract Package Area (CRC) the person will be released to (R-TTG-3).';
COMMENT ON COLUMN custody.prison_code IS 'Current prison, NOMIS code (BMI, NMI, ...), as in ttg.resettlement_prison.';
COMMENT ON COLUMN custody.sentence_months IS 'Sentence length in months.';
COMMENT ON COLUMN custody.sentenced_on IS 'Sentence date.';
COMMENT ON COLUMN custody.indeterminate IS 'True for an indeterminate sentence (IPP, life).';
COMMENT ON COLUMN custody.ped IS 'Parole eligibility date.';
COMMENT ON COLUMN custody.crd IS 'Conditional release date.';
COMMENT ON COLUMN custody.ard IS 'Automatic release date.';
COMMENT ON COLUMN custody.hdc_eligibility IS 'Home detention curfew eligibility date.';
COMMENT ON COLUMN custody.hdc_actual IS 'Home detention curfew actual date.';
COMMENT ON COLUMN custody.confirmed_release IS 'Confirmed release date.';
COMMENT ON COLUMN custody.actual_parole IS 'Actual parole date.';
COMMENT ON COLUMN custody.parole_process_start IS 'Start of the parole process (R-OM-2).';
COMMENT ON COLUMN custody.parole_refused_on IS 'Date of a negative parole decision (R-OM-3).';
COMMENT ON COLUMN custody.next_review_start IS 'Start of the next parole review process after a refusal (R-OM-3).';
COMMENT ON COLUMN custody.rosh IS 'Risk of Serious Harm: low, medium, high or very_high; NULL when not recorded (R-OM-1 then judges scope by the sentence and the other criteria, or says unknown).';
COMMENT ON COLUMN custody.tier IS 'Case tier as a canonical word: a3 to d0 or a bare letter a to d (A and B high risk, R-OM-4); NULL when not recorded (no POM grade is given).';
COMMENT ON COLUMN custody.mappa_level IS 'MAPPA level 0 to 3 (0: registered, no level set); NULL when not a MAPPA case or not recorded. The OMiC handover reads 0, 1 and NULL alike (the MAPPA 1 or none rule).';
COMMENT ON COLUMN custody.ipp IS 'Indeterminate sentence for Public Protection.';
COMMENT ON COLUMN custody.ppo IS 'Prolific and Priority Offender.';
COMMENT ON COLUMN custody.nps_case IS 'True for an NPS case, false for a CRC case (OMiC 2019 handover).';
COMMENT ON COLUMN custody.early_allocation IS 'Early allocation to the community (OMiC 2023: 15 months).';
COMMENT ON COLUMN custody.tariff IS 'Tariff expiry date of an indeterminate sentence (TED), when known.';
COMMENT ON COLUMN custody.target_hearing IS 'Target date of the next parole hearing (THD) of an indeterminate sentence, when known (the OMiC 2023 earliest release, from May 2025).';
COMMENT ON COLUMN custody.recalled IS 'True when in custody on recall (OMiC: the community holds the case, no handover).';
COMMENT ON COLUMN custody.prison_type IS 'public or hub_private: the OMiC transitional cut-off for a case sentenced before OMiC (England public 15 February 2021, hub and private 1 June 2021).';

CREATE TABLE placements (
  placement_id      bigint PRIMARY KEY,
  region            text NOT NULL,
  name              text NOT NULL,
  town              text,
  lat               double precision NOT NULL CONSTRAINT placements_lat_check CHECK (ttg.model_check(lat BETWEEN -90 AND 90, 'lat', lat::text, 'a WGS84 latitude, -90 to 90')),
  lon               double precision NOT NULL CONSTRAINT placements_lon_check CHECK (ttg.model_check(lon BETWEEN -180 AND 180, 'lon', lon::text, 'a WGS84 longitude, -180 to 180')),
  capacity          integer NOT NULL CONSTRAINT placements_capacity_check CHECK (ttg.model_check(capacity >= 0, 'capacity', capacity::text, 'people from 0 up')),
  environment       text NOT NULL CHECK (ttg.vocab_check('environment', environment, 'environment')),
  provides_ete      boolean NOT NULL DEFAULT false,
  accepts_high_rosh boolean NOT NULL DEFAULT false,
  session_days      integer NOT NULL DEFAULT 127 CONSTRAINT placements_session_days_check CHECK (ttg.model_check(session_days BETWEEN 1 AND 127, 'session_days', session_days::text, 'a day mask 1 to 127 (Monday = 1 ... Sunday = 64)'))
);
COMMENT ON TABLE placements IS 'Unpaid Work placements.';
COMMENT ON COLUMN placements.placement_id IS 'Placement identifier.';
COMMENT ON COLUMN placements.region IS 'Region of the placement.';
COMMENT ON COLUMN placements.name IS 'Placement name.';
COMMENT ON COLUMN placements.town IS 'Town of the placement.';
COMMENT ON COLUMN placements.lat IS 'Latitude (WGS84).';
COMMENT ON COLUMN placements.lon IS 'Longitude (WGS84).';
COMMENT ON COLUMN placements.capacity IS 'People the placement can take.';
COMMENT ON COLUMN placements.environment IS 'all_male, mixed, female_only or individual (R-UPW-7).';
COMMENT ON COLUMN placements.provides_ete IS 'True when the placement provides ETE activity (R-UPW-6, R-UPW-8).';
COMMENT ON COLUMN placements.accepts_high_rosh IS 'True when high and very high ROSH cases may work there.';
COMMENT ON COLUMN placements.session_days IS 'Days sessions run: bitmask Monday = 1 ... Sunday = 64.';

CREATE TABLE upw_orders (
  order_id          bigint PRIMARY KEY,
  case_id           bigint NOT NULL REFERENCES cases ON DELETE CASCADE,
  sentence_date     date NOT NULL,
  order_start       date,
  assessed_on       date,
  first_session_on  date,
  hours_ordered     numeric NOT NULL CONSTRAINT upw_orders_hours_ordered_check CHECK (ttg.model_check(hours_ordered > 0, 'hours_ordered', hours_ordered::text, 'hours above 0')),
  hours_completed   numeric NOT NULL DEFAULT 0 CONSTRAINT upw_orders_hours_completed_check CHECK (ttg.model_check(hours_completed >= 0, 'hours_completed', hours_completed::text, 'hours from 0 up')),
  ete_eligible      boolean NOT NULL DEFAULT false,
  ete_minutes       numeric NOT NULL DEFAULT 0 CONSTRAINT upw_orders_ete_minutes_check CHECK (ttg.model_check(ete_minutes >= 0, 'ete_minutes', ete_minutes::text, 'minutes from 0 up')),
  home_lat          double precision CONSTRAINT upw_orders_home_lat_check CHECK (ttg.model_check(home_lat BETWEEN -90 AND 90, 'home_lat', home_lat::text, 'a WGS84 latitude, -90 to 90, or NULL')),
  home_lon          double precision CONSTRAINT upw_orders_home_lon_check CHECK (ttg.model_check(home_lon BETWEEN -180 AND 180, 'home_lon', home_lon::text, 'a WGS84 longitude, -180 to 180, or NULL')),
  avoid_all_male    boolean NOT NULL DEFAULT false,
  available_days    integer CONSTRAINT upw_orders_available_days_check CHECK (ttg.model_check(available_days BETWEEN 1 AND 127, 'available_days', available_days::text, 'a day mask 1 to 127 (Monday = 1 ... Sunday = 64), or NULL for any day')),
  rosh              text NOT NULL DEFAULT 'low' CONSTRAINT upw_orders_rosh_check CHECK (ttg.vocab_check('rosh', rosh, 'rosh')),
  awaiting_placement boolean NOT NULL DEFAULT false,
  all_male_choice_offered boolean,
  CONSTRAINT upw_orders_hours_within_order_check CHECK (ttg.model_check(hours_completed <= hours_ordered, 'hours_completed', hours_completed::text, 'hours up to hours_ordered (' || hours_ordered || ')')),
  CONSTRAINT upw_orders_order_start_check CHECK (ttg.model_check(order_start IS NULL OR order_start >= sentence_date, 'order_start', order_start::text, 'a date on or after sentence_date (' || sentence_date || '), or NULL')),
  CONSTRAINT upw_orders_awaiting_placement_check CHECK (ttg.model_check(NOT awaiting_placement OR (home_lat IS NOT NULL AND home_lon IS NOT NULL), 'awaiting_placement', awaiting_placement::text, 'true only with home_lat and home_lon (matching needs the home), else false'))
);
CREATE INDEX ON upw_orders (case_id);
COMMENT ON TABLE upw_orders IS 'Unpaid Work requirements: one row per order.';
COMMENT ON COLUMN upw_orders.order_id IS 'Order identifier.';
COMMENT ON COLUMN upw_orders.case_id IS 'The case.';
COMMENT ON COLUMN upw_orders.sentence_date IS 'Date the order was made.';
COMMENT ON COLUMN upw_orders.order_start IS 'Start of the order (the 12 months run from here, R-UPW-5).';
COMMENT ON COLUMN upw_orders.assessed_on IS 'Date the UPW assessment was completed (R-UPW-3).';
COMMENT ON COLUMN upw_orders.first_session_on IS 'Date of the first work session (R-UPW-4).';
COMMENT ON COLUMN upw_orders.hours_ordered IS 'Hours ordered by the court.';
COMMENT ON COLUMN upw_orders.hours_completed IS 'Hours completed so far.';
COMMENT ON COLUMN upw_orders.ete_eligible IS 'Eligible for ETE activity (R-UPW-6).';
COMMENT ON COLUMN upw_orders.ete_minutes IS 'Minutes of ETE activity counted so far.';
COMMENT ON COLUMN upw_orders.home_lat IS 'Home latitude (WGS84), for matching.';
COMMENT ON COLUMN upw_orders.home_lon IS 'Home longitude (WGS84), for matching.';
COMMENT ON COLUMN upw_orders.avoid_all_male IS 'The person chose not to be placed in an all-male group (R-UPW-7).';
COMMENT ON COLUMN upw_orders.all_male_choice_offered IS 'Whether the person was offered the choice not to work in an all-male group (R-UPW-7: every woman is); NULL when not recorded.';
COMMENT ON COLUMN upw_orders.available_days IS 'Days the person can work: bitmask Monday = 1 ... Sunday = 64; NULL means any.';
COMMENT ON COLUMN upw_orders.rosh IS 'Risk of Serious Harm: low, medium, high, very_high.';
COMMENT ON COLUMN upw_orders.awaiting_placement IS 'True while the person waits for a placement (placement_plan matches these).';

CREATE TABLE upw_sessions (
  session_id        bigint PRIMARY KEY,
  order_id          bigint NOT NULL REFERENCES upw_orders ON DELETE CASCADE,
  placement_id      bigint REFERENCES placements,
  session_on        date NOT NULL,
  work_minutes      numeric NOT NULL CONSTRAINT upw_sessions_work_minutes_check CHECK (ttg.model_check(work_minutes >= 0, 'work_minutes', work_minutes::text, 'minutes from 0 up')),
  outbound_minutes  numeric CONSTRAINT upw_sessions_outbound_minutes_check CHECK (ttg.model_check(outbound_minutes >= 0, 'outbound_minutes', outbound_minutes::text, 'minutes from 0 up, or NULL')),
  return_minutes    numeric CONSTRAINT upw_sessions_return_minutes_check CHECK (ttg.model_check(return_minutes >= 0, 'return_minutes', return_minutes::text, 'minutes from 0 up, or NULL')),
  supervised        boolean NOT NULL DEFAULT true,
  ete               boolean NOT NULL DEFAULT false,
  cancelled_on      date,
  cancelled_by      text CONSTRAINT upw_sessions_cancelled_by_check CHECK (ttg.vocab_check('cancelled_by', cancelled_by, 'cancelled_by'))
);
CREATE INDEX ON upw_sessions (order_id);
COMMENT ON TABLE upw_sessions IS 'Unpaid Work sessions worked.';
COMMENT ON COLUMN upw_sessions.session_id IS 'Session identifier.';
COMMENT ON COLUMN upw_sessions.order_id IS 'The order.';
COMMENT ON COLUMN upw_sessions.placement_id IS 'The placement.';
COMMENT ON COLUMN upw_sessions.session_on IS 'Date of the session.';
COMMENT ON COLUMN upw_sessions.work_minutes IS 'Minutes worked.';
COMMENT ON COLUMN upw_sessions.outbound_minutes IS 'Travel minutes to the placement (routed or recorded).';
COMMENT ON COLUMN upw_sessions.return_minutes IS 'Travel minutes back.';
COMMENT ON COLUMN upw_sessions.supervised IS 'True when the travel was supervised (credited up to 60 minutes each way, R-UPW-1).';
COMMENT ON COLUMN upw_sessions.ete IS 'True for an ETE session (R-UPW-6).';
COMMENT ON COLUMN upw_sessions.cancelled_on IS 'The day the session was cancelled (NULL: not cancelled); with session_on and settings.short_notice_days it tells a short-notice cancellation (R-UPW-8).';
COMMENT ON COLUMN upw_sessions.cancelled_by IS 'service (the provider cancelled: what R-UPW-8 asks to avoid at short notice) or person (ttg.vocab_words(''cancelled_by'')); NULL when not cancelled or not recorded.';

CREATE TABLE programme_sessions (
  session_id        bigint PRIMARY KEY,
  case_id           bigint NOT NULL REFERENCES cases ON DELETE CASCADE,
  activity          text NOT NULL CONSTRAINT programme_sessions_activity_check CHECK (ttg.vocab_check('programme_activity', activity, 'activity')),
  session_on        date NOT NULL,
  outbound_minutes  numeric CONSTRAINT programme_sessions_outbound_minutes_check CHECK (ttg.model_check(outbound_minutes >= 0, 'outbound_minutes', outbound_minutes::text, 'minutes from 0 up, or NULL')),
  return_minutes    numeric CONSTRAINT programme_sessions_return_minutes_check CHECK (ttg.model_check(return_minutes >= 0, 'return_minutes', return_minutes::text, 'minutes from 0 up, or NULL'))
);
CREATE INDEX ON programme_sessions (case_id);
COMMENT ON TABLE programme_sessions IS 'Sessions of Accredited Programmes and Structured Interventions attended, with the travel to them (R-UPW-2).';
COMMENT ON COLUMN programme_sessions.session_id IS 'Session identifier.';
COMMENT ON COLUMN programme_sessions.case_id IS 'The case.';
COMMENT ON COLUMN programme_sessions.activity IS 'accredited_programme or structured_intervention (ttg.vocab_words(''programme_activity'')).';
COMMENT ON COLUMN programme_sessions.session_on IS 'Date of the session.';
COMMENT ON COLUMN programme_sessions.outbound_minutes IS 'Travel minutes to the session (routed or recorded).';
COMMENT ON COLUMN programme_sessions.return_minutes IS 'Travel minutes back.';

CREATE TABLE travel_times (
  order_id     bigint NOT NULL REFERENCES upw_orders ON DELETE CASCADE,
  placement_id bigint NOT NULL REFERENCES placements ON DELETE CASCADE,
  minutes      numeric CONSTRAINT travel_times_minutes_check CHECK (ttg.model_check(minutes >= 0, 'minutes', minutes::text, 'minutes from 0 up, or NULL for no route')),
  PRIMARY KEY (order_id, placement_id)
);
COMMENT ON TABLE travel_times IS 'Routed travel times from the region''s own routing engine; they replace estimates.';
COMMENT ON COLUMN travel_times.order_id IS 'The order (person).';
COMMENT ON COLUMN travel_times.placement_id IS 'The placement.';
COMMENT ON COLUMN travel_times.minutes IS 'Routed minutes each way; NULL when the routing engine found no route (the timetable serves no journey in time): the pair is blocked, never estimated. Leave a pair out to use the estimate.';

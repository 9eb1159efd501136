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
  reoffer_rule       text NOT NULL DEFAULT 'offer' CHECK (reoffer_rule IN ('offer', 'appointment')),
  partial_month      text NOT NULL DEFAULT 'full' CHECK (partial_month IN ('full', 'any')),
  mcs_target         numeric NOT NULL DEFAULT 95 CHECK (mcs_target BETWEEN 0 AND 100),
  mcs_trigger        numeric NOT NULL DEFAULT 85 CHECK (mcs_trigger BETWEEN 0 AND 100),
  ete_cap            numeric CHECK (ete_cap >= 0 AND ete_cap <= 1),
  ete_bonus_minutes  numeric NOT NULL DEFAULT 15 CHECK (ete_bonus_minutes >= 0),
  forecast_months    integer NOT NULL DEFAULT 6 CHECK (forecast_months BETWEEN 1 AND 36),
  short_notice_days  integer NOT NULL DEFAULT 2 CHECK (short_notice_days BETWEEN 0 AND 28),
  CHECK (mcs_trigger <= mcs_target)
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
  sex               text NOT NULL CHECK (sex IN ('female', 'male')),
  brag              text NOT NULL DEFAULT 'green' CHECK (brag IN ('blue', 'red', 'amber', 'green')),
  order_type        text NOT NULL CHECK (order_type IN ('community_order', 'suspended_sentence_order', 'licence', 'post_sentence_supervision')),
  requirements      text[] NOT NULL DEFAULT '{}',
  isp_completed_on  date,
  supervision_start date NOT NULL,
  supervision_end   date,
  CHECK (supervision_end IS NULL OR supervision_end >= supervision_start),
  CHECK (isp_completed_on IS NULL OR isp_completed_on >= supervision_start)
);
CREATE INDEX ON cases (region, team);
COMMENT ON TABLE cases IS 'Community cases (nDelius extract): one row per case.';
COMMENT ON COLUMN cases.case_id IS 'Case identifier.';
COMMENT ON COLUMN cases.region IS 'Region (or CRC/CPA area) the case belongs to.';
COMMENT ON COLUMN cases.team IS 'Probation team.';
COMMENT ON COLUMN cases.sex IS 'female or male.';
COMMENT ON COLUMN cases.brag IS 'BRAG status: blue, red, amber or green.';
COMMENT ON COLUMN cases.order_type IS 'community_order, suspended_sentence_order, licence or post_sentence_supervision.';
COMMENT ON COLUMN cases.requirements IS 'Requirement words of the order (unpaid_work, rar, curfew, ...); empty for a licence.';
COMMENT ON COLUMN cases.isp_completed_on IS 'Date the Initial Sentence Plan was completed; MCS runs from then (R-MCS-1).';
COMMENT ON COLUMN cases.supervision_start IS 'Start of supervision.';
COMMENT ON COLUMN cases.supervision_end IS 'End of supervision; NULL while open.';

CREATE TABLE contacts (
  contact_id          bigint PRIMARY KEY,
  case_id             bigint NOT NULL REFERENCES cases ON DELETE CASCADE,
  contact_type        text NOT NULL,
  appointment_at      timestamp NOT NULL,
  notified_at         timestamp,
  outcome             text,
  available_minutes   integer CHECK (available_minutes >= 0),
  other_activity      boolean,
  next_offered_on     date,
  next_appointment_on date
);
CREATE INDEX ON contacts (case_id, appointment_at);
COMMENT ON TABLE contacts IS 'Contacts (nDelius extract): one row per appointment.';
COMMENT ON COLUMN contacts.contact_id IS 'Contact identifier.';
COMMENT ON COLUMN contacts.case_id IS 'The case.';
COMMENT ON COLUMN contacts.contact_type IS 'nDelius contact type code (COAP, COAI, CHVS count for MCS, R-MCS-2).';
COMMENT ON COLUMN contacts.appointment_at IS 'Appointment date and time (local time, no time zone).';
COMMENT ON COLUMN contacts.notified_at IS 'When written notice (appointment slip) was given; NULL when none is recorded.';
COMMENT ON COLUMN contacts.outcome IS 'Outcome word (attended, failed_to_attend, acceptable_absence, cancelled_by_case_manager, rearranged_by_case_manager, rearranged_by_service_user); NULL when not yet recorded.';
COMMENT ON COLUMN contacts.available_minutes IS 'Minutes the case manager was available (R-MCS-3c).';
COMMENT ON COLUMN contacts.other_activity IS 'True when the time was shared with another activity (R-MCS-3d).';
COMMENT ON COLUMN contacts.next_offered_on IS 'After a missed appointment: when the further appointment was offered (R-MCS-4).';
COMMENT ON COLUMN contacts.next_appointment_on IS 'After a missed appointment: the date of the further appointment (R-MCS-4).';

CREATE TABLE custody (
  person_id            bigint PRIMARY KEY,
  region               text NOT NULL,
  home_area            text NOT NULL,
  prison_code          text NOT NULL,
  sentence_months      numeric NOT NULL CHECK (sentence_months > 0),
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
  rosh                 text NOT NULL CHECK (rosh IN ('low', 'medium', 'high', 'very_high')),
  tier                 text NOT NULL CHECK (tier IN ('A', 'B', 'C', 'D')),
  mappa_level          integer CHECK (mappa_level BETWEEN 1 AND 3),
  ipp                  boolean NOT NULL DEFAULT false,
  ppo                  boolean NOT NULL DEFAULT false,
  nps_case             boolean NOT NULL DEFAULT true,
  early_allocation     boolean NOT NULL DEFAULT false,
  tariff               date,
  target_hearing       date,
  recalled             boolean NOT NULL DEFAULT false,
  prison_type          text NOT NULL DEFAULT 'public' CHECK (prison_type IN ('public', 'hub_private')),
  CHECK (crd IS NULL OR crd > sentenced_on),
  CHECK (ard IS NULL OR ard > sentenced_on)
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
COMMENT ON COLUMN custody.rosh IS 'Risk of Serious Harm: low, medium, high, very_high.';
COMMENT ON COLUMN custody.tier IS 'Case tier A to D (A and B high risk, R-OM-4).';
COMMENT ON COLUMN custody.mappa_level IS 'MAPPA level 1 to 3; NULL when not a MAPPA case.';
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
  lat               double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon               double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  capacity          integer NOT NULL CHECK (capacity >= 0),
  environment       text NOT NULL CHECK (environment IN ('all_male', 'mixed', 'female_only', 'individual')),
  provides_ete      boolean NOT NULL DEFAULT false,
  accepts_high_rosh boolean NOT NULL DEFAULT false,
  session_days      integer NOT NULL DEFAULT 127 CHECK (session_days BETWEEN 1 AND 127)
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
  hours_ordered     numeric NOT NULL CHECK (hours_ordered > 0),
  hours_completed   numeric NOT NULL DEFAULT 0 CHECK (hours_completed >= 0),
  ete_eligible      boolean NOT NULL DEFAULT false,
  ete_minutes       numeric NOT NULL DEFAULT 0 CHECK (ete_minutes >= 0),
  home_lat          double precision CHECK (home_lat BETWEEN -90 AND 90),
  home_lon          double precision CHECK (home_lon BETWEEN -180 AND 180),
  avoid_all_male    boolean NOT NULL DEFAULT false,
  available_days    integer CHECK (available_days BETWEEN 1 AND 127),
  rosh              text NOT NULL DEFAULT 'low' CHECK (rosh IN ('low', 'medium', 'high', 'very_high')),
  awaiting_placement boolean NOT NULL DEFAULT false,
  all_male_choice_offered boolean,
  CHECK (hours_completed <= hours_ordered),
  CHECK (order_start IS NULL OR order_start >= sentence_date),
  CHECK (NOT awaiting_placement OR (home_lat IS NOT NULL AND home_lon IS NOT NULL))
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
  work_minutes      numeric NOT NULL CHECK (work_minutes >= 0),
  outbound_minutes  numeric CHECK (outbound_minutes >= 0),
  return_minutes    numeric CHECK (return_minutes >= 0),
  supervised        boolean NOT NULL DEFAULT true,
  ete               boolean NOT NULL DEFAULT false,
  cancelled_on      date,
  cancelled_by      text CHECK (cancelled_by IN ('service', 'person'))
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
COMMENT ON COLUMN upw_sessions.cancelled_by IS 'service (the provider cancelled: what R-UPW-8 asks to avoid at short notice) or person; NULL when not cancelled or not recorded.';

CREATE TABLE programme_sessions (
  session_id        bigint PRIMARY KEY,
  case_id           bigint NOT NULL REFERENCES cases ON DELETE CASCADE,
  activity          text NOT NULL CHECK (activity IN ('accredited_programme', 'structured_intervention')),
  session_on        date NOT NULL,
  outbound_minutes  numeric CHECK (outbound_minutes >= 0),
  return_minutes    numeric CHECK (return_minutes >= 0)
);
CREATE INDEX ON programme_sessions (case_id);
COMMENT ON TABLE programme_sessions IS 'Sessions of Accredited Programmes and Structured Interventions attended, with the travel to them (R-UPW-2).';
COMMENT ON COLUMN programme_sessions.session_id IS 'Session identifier.';
COMMENT ON COLUMN programme_sessions.case_id IS 'The case.';
COMMENT ON COLUMN programme_sessions.activity IS 'accredited_programme or structured_intervention.';
COMMENT ON COLUMN programme_sessions.session_on IS 'Date of the session.';
COMMENT ON COLUMN programme_sessions.outbound_minutes IS 'Travel minutes to the session (routed or recorded).';
COMMENT ON COLUMN programme_sessions.return_minutes IS 'Travel minutes back.';

CREATE TABLE travel_times (
  order_id     bigint NOT NULL REFERENCES upw_orders ON DELETE CASCADE,
  placement_id bigint NOT NULL REFERENCES placements ON DELETE CASCADE,
  minutes      numeric NOT NULL CHECK (minutes >= 0),
  PRIMARY KEY (order_id, placement_id)
);
COMMENT ON TABLE travel_times IS 'Routed travel times from the region''s own routing engine; they replace estimates.';
COMMENT ON COLUMN travel_times.order_id IS 'The order (person).';
COMMENT ON COLUMN travel_times.placement_id IS 'The placement.';
COMMENT ON COLUMN travel_times.minutes IS 'Routed minutes each way.';

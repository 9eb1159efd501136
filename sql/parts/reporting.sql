
-- ===========================================================================
-- The reporting model (issue 7): tables a region loads its extracts into,
-- created by a function into a schema the user names, so they are never
-- members of the extension (DROP EXTENSION cannot take a region's data), and
-- views a dashboard reads as they are.
-- ===========================================================================

-- The tables of a model. @s@ stands for the quoted schema name.
CREATE FUNCTION ttg._reporting_tables_ddl() RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $ddl$ SELECT $t$
CREATE TABLE @s@.settings (
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
  ete_cap            numeric NOT NULL DEFAULT 0.20 CHECK (ete_cap >= 0 AND ete_cap <= 1),
  ete_bonus_minutes  numeric NOT NULL DEFAULT 15 CHECK (ete_bonus_minutes >= 0),
  forecast_months    integer NOT NULL DEFAULT 6 CHECK (forecast_months BETWEEN 1 AND 36),
  CHECK (mcs_trigger <= mcs_target)
);
INSERT INTO @s@.settings DEFAULT VALUES;

CREATE TABLE @s@.region_access (
  role_name name NOT NULL,
  region    text NOT NULL,
  PRIMARY KEY (role_name, region)
);

CREATE TABLE @s@.cases (
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
CREATE INDEX ON @s@.cases (region, team);

CREATE TABLE @s@.contacts (
  contact_id          bigint PRIMARY KEY,
  case_id             bigint NOT NULL REFERENCES @s@.cases ON DELETE CASCADE,
  contact_type        text NOT NULL,
  appointment_at      timestamp NOT NULL,
  notified_at         timestamp,
  outcome             text,
  available_minutes   integer CHECK (available_minutes >= 0),
  other_activity      boolean,
  next_offered_on     date,
  next_appointment_on date
);
CREATE INDEX ON @s@.contacts (case_id, appointment_at);

CREATE TABLE @s@.custody (
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
  CHECK (crd IS NULL OR crd > sentenced_on),
  CHECK (ard IS NULL OR ard > sentenced_on)
);
CREATE INDEX ON @s@.custody (prison_code);

CREATE TABLE @s@.placements (
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

CREATE TABLE @s@.upw_orders (
  order_id          bigint PRIMARY KEY,
  case_id           bigint NOT NULL REFERENCES @s@.cases ON DELETE CASCADE,
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
  CHECK (hours_completed <= hours_ordered),
  CHECK (order_start IS NULL OR order_start >= sentence_date),
  CHECK (NOT awaiting_placement OR (home_lat IS NOT NULL AND home_lon IS NOT NULL))
);
CREATE INDEX ON @s@.upw_orders (case_id);

CREATE TABLE @s@.upw_sessions (
  session_id        bigint PRIMARY KEY,
  order_id          bigint NOT NULL REFERENCES @s@.upw_orders ON DELETE CASCADE,
  placement_id      bigint REFERENCES @s@.placements,
  session_on        date NOT NULL,
  work_minutes      numeric NOT NULL CHECK (work_minutes >= 0),
  outbound_minutes  numeric CHECK (outbound_minutes >= 0),
  return_minutes    numeric CHECK (return_minutes >= 0),
  supervised        boolean NOT NULL DEFAULT true,
  ete               boolean NOT NULL DEFAULT false
);
CREATE INDEX ON @s@.upw_sessions (order_id);

CREATE TABLE @s@.travel_times (
  order_id     bigint NOT NULL REFERENCES @s@.upw_orders ON DELETE CASCADE,
  placement_id bigint NOT NULL REFERENCES @s@.placements ON DELETE CASCADE,
  minutes      numeric NOT NULL CHECK (minutes >= 0),
  PRIMARY KEY (order_id, placement_id)
);
$t$ $ddl$;
COMMENT ON FUNCTION ttg._reporting_tables_ddl() IS 'Internal: the DDL of a reporting model''s tables, with @s@ for the schema.';

-- Comments on the model's tables and columns (BI tools show them).
CREATE FUNCTION ttg._reporting_comments_ddl() RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $ddl$ SELECT $t$
COMMENT ON TABLE @s@.settings IS 'Local policy the views pass to the ttg functions: one row.';
COMMENT ON COLUMN @s@.settings.id IS 'Always true: the table holds one row.';
COMMENT ON COLUMN @s@.settings.as_of IS 'The date the views report as of; NULL means today.';
COMMENT ON COLUMN @s@.settings.brag_red IS 'Valid contacts a month required for a Red case (R-MCS-6); default 1, the monthly minimum.';
COMMENT ON COLUMN @s@.settings.brag_amber IS 'Valid contacts a month required for an Amber case (R-MCS-6).';
COMMENT ON COLUMN @s@.settings.brag_green IS 'Valid contacts a month required for a Green case (R-MCS-6).';
COMMENT ON COLUMN @s@.settings.brag_blue IS 'Valid contacts a month required for a Blue case (R-MCS-6).';
COMMENT ON COLUMN @s@.settings.reoffer_rule IS 'Reading of R-MCS-4: offer (the offer is made within 5 business days) or appointment (the appointment falls within them).';
COMMENT ON COLUMN @s@.settings.partial_month IS 'Whether the months of ISP completion and of the end count (any) or only whole months (full), R-MCS-1.';
COMMENT ON COLUMN @s@.settings.mcs_target IS 'MCS target rate, percent (R-MCS-7, default 95).';
COMMENT ON COLUMN @s@.settings.mcs_trigger IS 'Rate below which improvement is triggered, percent (R-MCS-7, default 85).';
COMMENT ON COLUMN @s@.settings.ete_cap IS 'Share of Unpaid Work hours that may be ETE (R-UPW-6, default 0.20).';
COMMENT ON COLUMN @s@.settings.ete_bonus_minutes IS 'Minutes taken off the travel of an ETE-eligible person placed where ETE is provided, in matching (R-UPW-8).';
COMMENT ON COLUMN @s@.settings.forecast_months IS 'Months ahead the release forecast covers.';
COMMENT ON TABLE @s@.region_access IS 'Which roles may read which regions when row-level security is on.';
COMMENT ON COLUMN @s@.region_access.role_name IS 'A role (members of it inherit the grant).';
COMMENT ON COLUMN @s@.region_access.region IS 'A region the role may read.';
COMMENT ON TABLE @s@.cases IS 'Community cases (nDelius extract): one row per case.';
COMMENT ON COLUMN @s@.cases.case_id IS 'Case identifier.';
COMMENT ON COLUMN @s@.cases.region IS 'Region (or CRC/CPA area) the case belongs to.';
COMMENT ON COLUMN @s@.cases.team IS 'Probation team.';
COMMENT ON COLUMN @s@.cases.sex IS 'female or male.';
COMMENT ON COLUMN @s@.cases.brag IS 'BRAG status: blue, red, amber or green.';
COMMENT ON COLUMN @s@.cases.order_type IS 'community_order, suspended_sentence_order, licence or post_sentence_supervision.';
COMMENT ON COLUMN @s@.cases.requirements IS 'Requirement words of the order (unpaid_work, rar, curfew, ...); empty for a licence.';
COMMENT ON COLUMN @s@.cases.isp_completed_on IS 'Date the Initial Sentence Plan was completed; MCS runs from then (R-MCS-1).';
COMMENT ON COLUMN @s@.cases.supervision_start IS 'Start of supervision.';
COMMENT ON COLUMN @s@.cases.supervision_end IS 'End of supervision; NULL while open.';
COMMENT ON TABLE @s@.contacts IS 'Contacts (nDelius extract): one row per appointment.';
COMMENT ON COLUMN @s@.contacts.contact_id IS 'Contact identifier.';
COMMENT ON COLUMN @s@.contacts.case_id IS 'The case.';
COMMENT ON COLUMN @s@.contacts.contact_type IS 'nDelius contact type code (COAP, COAI, CHVS count for MCS, R-MCS-2).';
COMMENT ON COLUMN @s@.contacts.appointment_at IS 'Appointment date and time (local time, no time zone).';
COMMENT ON COLUMN @s@.contacts.notified_at IS 'When written notice (appointment slip) was given; NULL when none is recorded.';
COMMENT ON COLUMN @s@.contacts.outcome IS 'Outcome word (attended, failed_to_attend, acceptable_absence, cancelled_by_case_manager, rearranged_by_case_manager, rearranged_by_service_user); NULL when not yet recorded.';
COMMENT ON COLUMN @s@.contacts.available_minutes IS 'Minutes the case manager was available (R-MCS-3c).';
COMMENT ON COLUMN @s@.contacts.other_activity IS 'True when the time was shared with another activity (R-MCS-3d).';
COMMENT ON COLUMN @s@.contacts.next_offered_on IS 'After a missed appointment: when the further appointment was offered (R-MCS-4).';
COMMENT ON COLUMN @s@.contacts.next_appointment_on IS 'After a missed appointment: the date of the further appointment (R-MCS-4).';
COMMENT ON TABLE @s@.custody IS 'People in custody (prison extract): sentence, release and parole dates, risk.';
COMMENT ON COLUMN @s@.custody.person_id IS 'Person identifier.';
COMMENT ON COLUMN @s@.custody.region IS 'Region that will supervise on release.';
COMMENT ON COLUMN @s@.custody.home_area IS 'Contract Package Area (CRC) the person will be released to (R-TTG-3).';
COMMENT ON COLUMN @s@.custody.prison_code IS 'Current prison, NOMIS code (BMI, NMI, ...), as in ttg.resettlement_prison.';
COMMENT ON COLUMN @s@.custody.sentence_months IS 'Sentence length in months.';
COMMENT ON COLUMN @s@.custody.sentenced_on IS 'Sentence date.';
COMMENT ON COLUMN @s@.custody.indeterminate IS 'True for an indeterminate sentence (IPP, life).';
COMMENT ON COLUMN @s@.custody.ped IS 'Parole eligibility date.';
COMMENT ON COLUMN @s@.custody.crd IS 'Conditional release date.';
COMMENT ON COLUMN @s@.custody.ard IS 'Automatic release date.';
COMMENT ON COLUMN @s@.custody.hdc_eligibility IS 'Home detention curfew eligibility date.';
COMMENT ON COLUMN @s@.custody.hdc_actual IS 'Home detention curfew actual date.';
COMMENT ON COLUMN @s@.custody.confirmed_release IS 'Confirmed release date.';
COMMENT ON COLUMN @s@.custody.actual_parole IS 'Actual parole date.';
COMMENT ON COLUMN @s@.custody.parole_process_start IS 'Start of the parole process (R-OM-2).';
COMMENT ON COLUMN @s@.custody.parole_refused_on IS 'Date of a negative parole decision (R-OM-3).';
COMMENT ON COLUMN @s@.custody.next_review_start IS 'Start of the next parole review process after a refusal (R-OM-3).';
COMMENT ON COLUMN @s@.custody.rosh IS 'Risk of Serious Harm: low, medium, high, very_high.';
COMMENT ON COLUMN @s@.custody.tier IS 'Case tier A to D (A and B high risk, R-OM-4).';
COMMENT ON COLUMN @s@.custody.mappa_level IS 'MAPPA level 1 to 3; NULL when not a MAPPA case.';
COMMENT ON COLUMN @s@.custody.ipp IS 'Indeterminate sentence for Public Protection.';
COMMENT ON COLUMN @s@.custody.ppo IS 'Prolific and Priority Offender.';
COMMENT ON COLUMN @s@.custody.nps_case IS 'True for an NPS case, false for a CRC case (OMiC 2019 handover).';
COMMENT ON COLUMN @s@.custody.early_allocation IS 'Early allocation to the community (OMiC 2023: 15 months).';
COMMENT ON TABLE @s@.placements IS 'Unpaid Work placements.';
COMMENT ON COLUMN @s@.placements.placement_id IS 'Placement identifier.';
COMMENT ON COLUMN @s@.placements.region IS 'Region of the placement.';
COMMENT ON COLUMN @s@.placements.name IS 'Placement name.';
COMMENT ON COLUMN @s@.placements.town IS 'Town of the placement.';
COMMENT ON COLUMN @s@.placements.lat IS 'Latitude (WGS84).';
COMMENT ON COLUMN @s@.placements.lon IS 'Longitude (WGS84).';
COMMENT ON COLUMN @s@.placements.capacity IS 'People the placement can take.';
COMMENT ON COLUMN @s@.placements.environment IS 'all_male, mixed, female_only or individual (R-UPW-7).';
COMMENT ON COLUMN @s@.placements.provides_ete IS 'True when the placement provides ETE activity (R-UPW-6, R-UPW-8).';
COMMENT ON COLUMN @s@.placements.accepts_high_rosh IS 'True when high and very high ROSH cases may work there.';
COMMENT ON COLUMN @s@.placements.session_days IS 'Days sessions run: bitmask Monday = 1 ... Sunday = 64.';
COMMENT ON TABLE @s@.upw_orders IS 'Unpaid Work requirements: one row per order.';
COMMENT ON COLUMN @s@.upw_orders.order_id IS 'Order identifier.';
COMMENT ON COLUMN @s@.upw_orders.case_id IS 'The case.';
COMMENT ON COLUMN @s@.upw_orders.sentence_date IS 'Date the order was made.';
COMMENT ON COLUMN @s@.upw_orders.order_start IS 'Start of the order (the 12 months run from here, R-UPW-5).';
COMMENT ON COLUMN @s@.upw_orders.assessed_on IS 'Date the UPW assessment was completed (R-UPW-3).';
COMMENT ON COLUMN @s@.upw_orders.first_session_on IS 'Date of the first work session (R-UPW-4).';
COMMENT ON COLUMN @s@.upw_orders.hours_ordered IS 'Hours ordered by the court.';
COMMENT ON COLUMN @s@.upw_orders.hours_completed IS 'Hours completed so far.';
COMMENT ON COLUMN @s@.upw_orders.ete_eligible IS 'Eligible for ETE activity (R-UPW-6).';
COMMENT ON COLUMN @s@.upw_orders.ete_minutes IS 'Minutes of ETE activity counted so far.';
COMMENT ON COLUMN @s@.upw_orders.home_lat IS 'Home latitude (WGS84), for matching.';
COMMENT ON COLUMN @s@.upw_orders.home_lon IS 'Home longitude (WGS84), for matching.';
COMMENT ON COLUMN @s@.upw_orders.avoid_all_male IS 'The person chose not to be placed in an all-male group (R-UPW-7).';
COMMENT ON COLUMN @s@.upw_orders.available_days IS 'Days the person can work: bitmask Monday = 1 ... Sunday = 64; NULL means any.';
COMMENT ON COLUMN @s@.upw_orders.rosh IS 'Risk of Serious Harm: low, medium, high, very_high.';
COMMENT ON COLUMN @s@.upw_orders.awaiting_placement IS 'True while the person waits for a placement (placement_plan matches these).';
COMMENT ON TABLE @s@.upw_sessions IS 'Unpaid Work sessions worked.';
COMMENT ON COLUMN @s@.upw_sessions.session_id IS 'Session identifier.';
COMMENT ON COLUMN @s@.upw_sessions.order_id IS 'The order.';
COMMENT ON COLUMN @s@.upw_sessions.placement_id IS 'The placement.';
COMMENT ON COLUMN @s@.upw_sessions.session_on IS 'Date of the session.';
COMMENT ON COLUMN @s@.upw_sessions.work_minutes IS 'Minutes worked.';
COMMENT ON COLUMN @s@.upw_sessions.outbound_minutes IS 'Travel minutes to the placement (routed or recorded).';
COMMENT ON COLUMN @s@.upw_sessions.return_minutes IS 'Travel minutes back.';
COMMENT ON COLUMN @s@.upw_sessions.supervised IS 'True when the travel was supervised (credited up to 60 minutes each way, R-UPW-1).';
COMMENT ON COLUMN @s@.upw_sessions.ete IS 'True for an ETE session (R-UPW-6).';
COMMENT ON TABLE @s@.travel_times IS 'Routed travel times from the region''s own routing engine; they replace estimates.';
COMMENT ON COLUMN @s@.travel_times.order_id IS 'The order (person).';
COMMENT ON COLUMN @s@.travel_times.placement_id IS 'The placement.';
COMMENT ON COLUMN @s@.travel_times.minutes IS 'Routed minutes each way.';
$t$ $ddl$;
COMMENT ON FUNCTION ttg._reporting_comments_ddl() IS 'Internal: comments on a reporting model''s tables and columns, with @s@ for the schema.';

-- Row-level security: a role reads only the regions granted to it (or to a role
-- it is a member of) in region_access; child tables follow their parent's rows.
CREATE FUNCTION ttg._reporting_rls_ddl() RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $ddl$ SELECT $t$
CREATE FUNCTION @s@.visible_region(region text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS 'SELECT EXISTS (SELECT 1 FROM @s@.region_access a WHERE a.region = $1 AND pg_catalog.pg_has_role(CURRENT_USER, a.role_name, ''MEMBER''))';
COMMENT ON FUNCTION @s@.visible_region(text) IS 'True when the current role may read the region (row-level security).';
ALTER TABLE @s@.region_access ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_grants ON @s@.region_access USING (pg_catalog.pg_has_role(CURRENT_USER, role_name, 'MEMBER'));
ALTER TABLE @s@.cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_region ON @s@.cases USING (@s@.visible_region(region));
ALTER TABLE @s@.custody ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_region ON @s@.custody USING (@s@.visible_region(region));
ALTER TABLE @s@.placements ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_region ON @s@.placements USING (@s@.visible_region(region));
ALTER TABLE @s@.contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_case ON @s@.contacts USING (EXISTS (SELECT 1 FROM @s@.cases c WHERE c.case_id = contacts.case_id));
ALTER TABLE @s@.upw_orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_case ON @s@.upw_orders USING (EXISTS (SELECT 1 FROM @s@.cases c WHERE c.case_id = upw_orders.case_id));
ALTER TABLE @s@.upw_sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_order ON @s@.upw_sessions USING (EXISTS (SELECT 1 FROM @s@.upw_orders o WHERE o.order_id = upw_sessions.order_id));
ALTER TABLE @s@.travel_times ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_order ON @s@.travel_times USING (EXISTS (SELECT 1 FROM @s@.upw_orders o WHERE o.order_id = travel_times.order_id));
$t$ $ddl$;
COMMENT ON FUNCTION ttg._reporting_rls_ddl() IS 'Internal: row-level security of a reporting model, with @s@ for the schema.';

CREATE FUNCTION ttg.create_reporting_model(target_schema name, row_security boolean DEFAULT false)
RETURNS text LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s text := quote_ident(target_schema);
BEGIN
  IF target_schema IS NULL OR row_security IS NULL THEN
    RAISE EXCEPTION 'create_reporting_model: target_schema and row_security must not be NULL'
      USING ERRCODE = '22004', HINT = 'Name a schema, for example SELECT ttg.create_reporting_model(''probation'').';
  END IF;
  IF target_schema IN ('ttg', 'public', 'information_schema') OR target_schema LIKE 'pg\_%'
     OR position('''' IN target_schema) > 0 THEN
    RAISE EXCEPTION 'cannot create a reporting model in schema "%"', target_schema
      USING ERRCODE = '22023', HINT = 'Use a schema of its own, for example ''probation''.';
  END IF;
  IF to_regclass(s || '.settings') IS NOT NULL THEN
    RAISE EXCEPTION 'schema "%" already holds a reporting model', target_schema
      USING ERRCODE = '42P07', HINT = 'Use another schema, or drop this one first.';
  END IF;
  EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', target_schema);
  EXECUTE replace(ttg._reporting_tables_ddl(), '@s@', s);
  EXECUTE replace(ttg._reporting_comments_ddl(), '@s@', s);
  EXECUTE replace(ttg._reporting_views_ddl(), '@s@', s);
  IF row_security THEN
    EXECUTE replace(ttg._reporting_rls_ddl(), '@s@', s);
  END IF;
  EXECUTE format('COMMENT ON SCHEMA %I IS %L', target_schema,
                 'ttg reporting model: load extracts into the tables, point dashboards at the views.'
                 || CASE WHEN row_security THEN ' Row-level security by region (region_access).' ELSE '' END);
  RETURN format('reporting model created in schema %s%s', s,
                CASE WHEN row_security THEN ' with row-level security' ELSE '' END);
END
$fn$;
COMMENT ON FUNCTION ttg.create_reporting_model(name, boolean) IS
  'Create the reporting model (tables, views, settings) in target_schema. The tables are not members of the extension: DROP EXTENSION never takes their data (it refuses while the views exist; with CASCADE it drops the views and leaves the tables). row_security => true limits each role to the regions granted in region_access.';


-- ===========================================================================
-- Release windows: release dates, Through the Gate (R-TTG-1..4),
-- offender management in custody (R-OM-1..4) and the OMiC handover models.
-- All rule functions are IMMUTABLE: the rules are compiled into the library,
-- each a dated policy fact (ttg.policy_facts()); where a rule depends on
-- "today" the caller passes as_of.
-- ===========================================================================

CREATE FUNCTION ttg.policy_facts(OUT rule text, OUT first_day date, OUT last_day date,
                                 OUT value integer, OUT unit text, OUT source text)
  RETURNS SETOF record
  AS 'MODULE_PATHNAME', 'ttg_sql_policy_facts'
  LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION ttg.policy_facts() IS
  'Every dated policy fact the release, offender-management and Unpaid Work rules read: the rule, its first and last day (NULL: in force since before 1978, or still in force), its value and unit, and the source document by name. The functions choose the fact in force on the date that matters for the case (sentence date, release date or as_of).';

CREATE FUNCTION ttg.release_date(confirmed date, actual_parole date, hdc_actual date,
                                 crd date, ard date) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_sql_release_date'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.release_date(date, date, date, date, date) IS
  'The release date to plan from: the first non-NULL of confirmed release, actual parole, HDC actual, CRD, ARD (in that order of precedence). NULL only when all five are NULL. Dates outside 1978..2099: 22008.';

CREATE FUNCTION ttg.earliest_release_date(ped date, crd date, ard date) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_sql_earliest_release_date'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.earliest_release_date(date, date, date) IS
  'The parole eligibility date when there is one, else the earlier of CRD and ARD (a NULL one ignored). NULL only when all three are NULL.';

CREATE FUNCTION ttg.ttg_window(release date) RETURNS daterange
  AS 'MODULE_PATHNAME', 'ttg_sql_ttg_window'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.ttg_window(date) IS
  'R-TTG-1, R-TTG-4: the 12-week Through the Gate window, [release - 84 days, release] inclusive of the release day (shown canonically as [release - 84, release + 1)). NULL in, NULL out.';

CREATE FUNCTION ttg.in_ttg_window(release date, as_of date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_in_ttg_window'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.in_ttg_window(date, date) IS
  'R-TTG-1: true when release - 84 days <= as_of <= release and as_of is on or after 1 April 2019, when the 12-week window started (TTG News, February 2019; the 12 named prisons went live on 1 February 2019: use ttg_stage with their live_from). NULL in, NULL out.';

CREATE FUNCTION ttg.ttg_referral_due(release date) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_sql_ttg_referral_due'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.ttg_referral_due(date) IS
  'R-TTG-2: the day the NPS Responsible Officer notifies the CRC of a release from a non-resettlement prison, release - 15 weeks (105 days). NULL in, NULL out.';

CREATE FUNCTION ttg.ttg_stage(release date, as_of date, resettlement_prison boolean) RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_ttg_stage'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.ttg_stage(date, date, boolean) IS
  'R-TTG-1, R-TTG-2: before_referral; referral_due (non-resettlement prisons only, release - 105 to release - 85 days); in_window (release - 84 days to the release day); released (after it); not_live before TTG started on 1 April 2019 (TTG News, February 2019), so never referral_due or in_window before that day. NULL release or as_of: NULL. NULL resettlement_prison: NULL only from 105 to 85 days before release, where the answer depends on it.';

CREATE FUNCTION ttg.ttg_stage(release date, as_of date, resettlement_prison boolean, live_from date)
  RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_ttg_stage'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.ttg_stage(date, date, boolean, date) IS
  'ttg_stage(release, as_of, resettlement_prison) for a prison that went live on live_from (ttg.resettlement_prison.live_from: 1 February 2019 in the 12 prisons TTG News, February 2019 names): in a resettlement prison the window runs from live_from; the referral stage of non-resettlement prisons still starts on 1 April 2019. NULL live_from: 1 April 2019.';

-- ---------------------------------------------------------------------------
-- Resettlement prisons (R-TTG-3), shipped as CSV and extendable by a DBA: one
-- row per prison, area and period (a prison may resettle into several areas),
-- and the names of prisons. Rows a DBA adds survive pg_dump (config dump).
-- ---------------------------------------------------------------------------

CREATE TABLE ttg.resettlement_prison (
  prison_code text NOT NULL CHECK (prison_code ~ '^[A-Z0-9]{1,8}$'),
  prison      text NOT NULL CHECK (prison <> ''),
  cpa         text NOT NULL CHECK (cpa <> ''),
  crc         text NOT NULL CHECK (crc <> ''),
  role        text NOT NULL CHECK (role IN ('lead_host', 'host')),
  live_from   date CHECK (live_from BETWEEN '1978-01-01' AND '2099-12-31'),
  shipped     boolean NOT NULL DEFAULT false,
  loaded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
  loaded_by   name NOT NULL DEFAULT CURRENT_USER,
  valid_from  date NOT NULL DEFAULT '1978-01-01' CHECK (valid_from BETWEEN '1978-01-01' AND '2099-12-31'),
  valid_until date CHECK (valid_until BETWEEN '1978-01-01' AND '2099-12-31'),
  CONSTRAINT resettlement_prison_pkey PRIMARY KEY (prison_code, cpa, valid_from),
  CONSTRAINT resettlement_prison_period CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
COMMENT ON TABLE ttg.resettlement_prison IS
  'R-TTG-3: resettlement prisons, each releasing into its Contract Package Areas: one row per prison, area and period (valid_from to valid_until). Ships with the 12 prisons TTG News, February 2019 names; a region loads its own list with ttg.load_resettlement_prisons(csv, replace_areas).';
COMMENT ON COLUMN ttg.resettlement_prison.prison_code IS 'NOMIS agency id of the prison (e.g. LCI for HMP Leicester).';
COMMENT ON COLUMN ttg.resettlement_prison.prison IS 'Name of the prison.';
COMMENT ON COLUMN ttg.resettlement_prison.cpa IS 'Contract Package Area (or probation area) the prison resettles into in this period (SWM, DLNR, Wales, ...): compare with a person''s home area for R-TTG-3.';
COMMENT ON COLUMN ttg.resettlement_prison.crc IS 'The CRC (or provider) delivering Through the Gate there (RRP: the Reducing Reoffending Partnership, SWM and DLNR together).';
COMMENT ON COLUMN ttg.resettlement_prison.role IS 'lead_host or host, as TTG News, February 2019 names the CRC''s part.';
COMMENT ON COLUMN ttg.resettlement_prison.live_from IS 'When the enhanced TTG specification went live there (1 February 2019 in the 12 named prisons); ttg_stage(release, as_of, true, live_from) starts the window from it.';
COMMENT ON COLUMN ttg.resettlement_prison.shipped IS 'True for rows from the CSV shipped with ttg (left out of pg_dump, reloaded by CREATE EXTENSION); false for rows a DBA added (dumped).';
COMMENT ON COLUMN ttg.resettlement_prison.loaded_at IS 'When the row was last loaded.';
COMMENT ON COLUMN ttg.resettlement_prison.loaded_by IS 'Role that last loaded it (the caller, although the loaders run as the extension owner).';
COMMENT ON COLUMN ttg.resettlement_prison.valid_from IS 'First day the prison resettles into this area (1978-01-01 when the CSV leaves it empty: since always). The shipped rows start on 1 February 2019, the day TTG News, February 2019 speaks of.';
COMMENT ON COLUMN ttg.resettlement_prison.valid_until IS 'Last day it does (NULL: still). Periods of one prison and area never overlap (the loaders check).';

-- pg_dump keeps the rows a DBA added; the shipped rows come back with CREATE EXTENSION.
SELECT pg_catalog.pg_extension_config_dump('ttg.resettlement_prison', 'WHERE NOT shipped');
GRANT SELECT ON ttg.resettlement_prison TO PUBLIC;

CREATE TABLE ttg.prison (
  prison_code text PRIMARY KEY CHECK (prison_code ~ '^[A-Z0-9]{1,8}$'),
  prison      text NOT NULL CHECK (prison <> ''),
  shipped     boolean NOT NULL DEFAULT false,
  loaded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
  loaded_by   name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE ttg.prison IS
  'Names of prisons by NOMIS code, for every code the shipped data and the demo use; add a region''s own with ttg.load_prisons(csv). ttg.prison_name shows ''unknown'' for a code in neither this table nor ttg.resettlement_prison.';
COMMENT ON COLUMN ttg.prison.prison_code IS 'NOMIS agency id of the prison.';
COMMENT ON COLUMN ttg.prison.prison IS 'Name of the prison.';
COMMENT ON COLUMN ttg.prison.shipped IS 'True for rows shipped with ttg (left out of pg_dump, reloaded by CREATE EXTENSION); false for rows a DBA added (dumped).';
COMMENT ON COLUMN ttg.prison.loaded_at IS 'When the row was last loaded.';
COMMENT ON COLUMN ttg.prison.loaded_by IS 'Role that last loaded it.';
SELECT pg_catalog.pg_extension_config_dump('ttg.prison', 'WHERE NOT shipped');
GRANT SELECT ON ttg.prison TO PUBLIC;

CREATE FUNCTION ttg.load_resettlement_prisons(csv text) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_load_resettlement_prisons'
  LANGUAGE C VOLATILE STRICT SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION ttg.load_resettlement_prisons(text) IS
  'Add (or reload) resettlement prisons from CSV text with header "prison_code,prison,cpa,crc,role,live_from,valid_from,valid_until" (or the 0.1.0 header of the first six): one row per prison, area and period, dates ISO or empty (valid_from empty: since 1978; valid_until empty: still). Returns the rows loaded. A bad row, a repeated prison, area and valid_from, a period overlapping another of the same prison and area, or a shipped row raises 22P04 naming its line and column, and nothing is kept. Only the extension owner, or a role granted EXECUTE, may call it.';
REVOKE ALL ON FUNCTION ttg.load_resettlement_prisons(text) FROM PUBLIC;

CREATE FUNCTION ttg.load_resettlement_prisons(csv text, replace_areas boolean) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_load_resettlement_prisons'
  LANGUAGE C VOLATILE STRICT SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION ttg.load_resettlement_prisons(text, boolean) IS
  'ttg.load_resettlement_prisons(csv) for the full list a region holds: with replace_areas true, the rows a DBA added for every area the CSV names are deleted first, so the CSV becomes the whole list of those areas (shipped rows stay). Errors as the one-argument form; only the extension owner, or a role granted EXECUTE, may call it.';
REVOKE ALL ON FUNCTION ttg.load_resettlement_prisons(text, boolean) FROM PUBLIC;

CREATE FUNCTION ttg.load_shipped_resettlement_prisons() RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_load_shipped_resettlement_prisons'
  LANGUAGE C VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION ttg.load_shipped_resettlement_prisons() IS
  'Reload the resettlement prisons shipped with the package (SHAREDIR/extension/ttg_resettlement_prisons.csv); CREATE EXTENSION calls it. Returns the rows loaded.';
REVOKE ALL ON FUNCTION ttg.load_shipped_resettlement_prisons() FROM PUBLIC;

SELECT ttg.load_shipped_resettlement_prisons();

CREATE FUNCTION ttg.load_prisons(csv text) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_load_prisons'
  LANGUAGE C VOLATILE STRICT SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION ttg.load_prisons(text) IS
  'Add (or reload) prison names from CSV text with header "prison_code,prison"; returns the rows loaded. A bad or repeated code, an empty name or a shipped prison raises 22P04 naming its line and column, and nothing is kept. Only the extension owner, or a role granted EXECUTE, may call it.';
REVOKE ALL ON FUNCTION ttg.load_prisons(text) FROM PUBLIC;

CREATE FUNCTION ttg.load_shipped_prisons() RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_load_shipped_prisons'
  LANGUAGE C VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION ttg.load_shipped_prisons() IS
  'Reload the prison names shipped with the package (SHAREDIR/extension/ttg_prisons.csv); CREATE EXTENSION calls it. Returns the rows loaded.';
REVOKE ALL ON FUNCTION ttg.load_shipped_prisons() FROM PUBLIC;

SELECT ttg.load_shipped_prisons();

-- ---------------------------------------------------------------------------
-- Offender management in custody, the 2013 model (source [003]).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.om_in_scope(sentence_months numeric, rosh text, ipp boolean,
                                ppo boolean, sentenced_on date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_om_in_scope'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.om_in_scope(numeric, text, boolean, boolean, date) IS
  'R-OM-1 (OMCP Board paper, September 2013): sentences of 12 months or more; MTCS brought in everyone in custody from 1 October 2012, so a sentence from that day is in scope, and one from before it is in scope when ROSH is high or very_high, or IPP, or PPO; otherwise it depends on the release date (give it with the six-argument form), so NULL. ROSH words: low, medium, high, very_high (any case), else 22023. Kleene logic: NULL only when the answer depends on a NULL argument (under 12 months is false whatever else is NULL).';

CREATE FUNCTION ttg.om_in_scope(sentence_months numeric, rosh text, ipp boolean,
                                ppo boolean, sentenced_on date, released_on date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_om_in_scope'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.om_in_scope(numeric, text, boolean, boolean, date, date) IS
  'R-OM-1 judged by who was in custody after MTCS (1 October 2012): 12 months or more, and sentenced on or after 1 October 2012 or released on or after it (still in custody that day), or ROSH high or very_high, or IPP, or PPO. released_on NULL: not known (the five-argument form). Kleene logic as there.';

CREATE FUNCTION ttg.om_handover_date(release date, parole_process_start date DEFAULT NULL)
  RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_sql_om_handover_date'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.om_handover_date(date, date) IS
  'R-OM-2: responsibility moves to the community at the earlier of release - 6 months (clamped like date - interval ''6 months'': 31 August gives 28 or 29 February) and the start of any parole process. NULL release (IPP and life sentences before release is directed): the parole process start; NULL parole_process_start: no parole process; both NULL: NULL.';

CREATE FUNCTION ttg.om_responsibility(as_of date, release date, parole_process_start date,
                                      parole_refused_on date DEFAULT NULL,
                                      next_review_start date DEFAULT NULL) RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_om_responsibility'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.om_responsibility(date, date, date, date, date) IS
  'R-OM-2, R-OM-3: prison or community on as_of. From om_handover_date the community holds the case; after a parole refusal (on or before as_of) it returns to the prison until next_review_start, or until release - 6 months when release is later than the refusal. IPP and life with no release date: the parole process start decides. NULL as_of, or NULL release and parole_process_start: NULL. next_review_start before the refusal: 22023.';

CREATE FUNCTION ttg.pom_grade(tier text) RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_pom_grade'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.pom_grade(text) IS
  'R-OM-4: probation_officer for tiers A and B (high risk), prison_officer for C and D, while the prison holds the case. Tiers: A to D, optionally with one digit 0-3 (A1), any case; else 22023. NULL in, NULL out.';

-- ---------------------------------------------------------------------------
-- OMiC handover (2019 and April 2023 models, as the MoJ Manage POM Cases
-- service computes them; see the README's release section for where each rule was read).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.omic_handover(sentence_start date, crd date, ard date DEFAULT NULL,
                                  ped date DEFAULT NULL, tariff date DEFAULT NULL,
                                  hdc_actual date DEFAULT NULL, hdc_eligibility date DEFAULT NULL,
                                  indeterminate boolean DEFAULT false,
                                  early_allocation boolean DEFAULT false,
                                  provider text DEFAULT 'nps', mappa_level integer DEFAULT NULL,
                                  wales boolean DEFAULT false, era text DEFAULT 'auto',
                                  parole_process_start date DEFAULT NULL,
                                  target_hearing date DEFAULT NULL, recalled boolean DEFAULT false,
                                  prison_type text DEFAULT 'public', omic_start text DEFAULT 'sources',
                                  as_of date DEFAULT NULL,
                                  OUT handover_date date, OUT applied_era text, OUT rule text,
                                  OUT responsibility text)
  AS 'MODULE_PATHNAME', 'ttg_sql_omic_handover'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.omic_handover(date, date, date, date, date, date, date, boolean, boolean, text, integer, boolean, text, date, date, boolean, text, text, date) IS
  'The day offender-management responsibility moves to the community under the OMiC model in force (era auto: the rule in force on the day it would move; or omcp_2013, omic_2019, omic_2023), with the era applied, the rule that gave the date, and who holds the case on as_of (prison or community; NULL without as_of). OMiC starts 4 February 2019 in Wales and, in England, 16 September 2019 by the sources (omic_start ''sources'', TTG News, February 2019) or for cases sentenced after 1 October 2019 as Manage POM Cases counts (omic_start ''services''). A case sentenced before that and released before the transitional cut-off (Wales 4 May 2020; England prison_type public 15 February 2021, hub_private 1 June 2021) is pre-OMiC: era omcp_2013, rule pre_omic, no date, community. 2019 model: an expected time in custody of 10 months or less gives determinate_short (community from the start); the handover is never before the start of the handover window; MAPPA 2/3 never before as_of; recalled gives recall (community, no date); an indeterminate case with no tariff or a tariff before as_of gives indeterminate_custody (prison, no date). 2023 model: an indeterminate case counts from tariff and target_hearing: from 1 May 2025 (as_of) the tariff when after as_of, else the target hearing when after as_of, else the one nearer as_of; before that or with as_of NULL (the default) the earlier of the two. Rows whose rule is determinate_short have no handover: the date is the sentence start. NULL indeterminate, early_allocation, provider, wales or recalled: NULL record; missing dates: rule missing_dates and a NULL date. Bad era, provider, prison_type, omic_start or MAPPA level: 22023; a release date before sentence_start: 22023.';

CREATE FUNCTION ttg.omic_handover_date(sentence_start date, crd date, ard date DEFAULT NULL,
                                       ped date DEFAULT NULL, tariff date DEFAULT NULL,
                                       hdc_actual date DEFAULT NULL, hdc_eligibility date DEFAULT NULL,
                                       indeterminate boolean DEFAULT false,
                                       early_allocation boolean DEFAULT false,
                                       provider text DEFAULT 'nps', mappa_level integer DEFAULT NULL,
                                       wales boolean DEFAULT false, era text DEFAULT 'auto',
                                       parole_process_start date DEFAULT NULL,
                                       target_hearing date DEFAULT NULL, recalled boolean DEFAULT false,
                                       prison_type text DEFAULT 'public', omic_start text DEFAULT 'sources',
                                       as_of date DEFAULT NULL) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_sql_omic_handover_date'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.omic_handover_date(date, date, date, date, date, date, date, boolean, boolean, text, integer, boolean, text, date, date, boolean, text, text, date) IS
  'The handover_date of ttg.omic_handover with the same arguments: the day responsibility moves to the community (the sentence start when there is no handover). NULL when the dates do not allow one, and for the rules with no handover date (pre_omic, recall, indeterminate_custody).';

CREATE FUNCTION ttg.release_working_day(release date) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_sql_release_working_day'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.release_working_day(date) IS
  'The day a release due on release takes place: release itself on a business day; a release due on a Saturday, Sunday or England and Wales bank holiday moves to the business day before, as the MoJ calculate-release-dates service adjusts release dates (the policy sources give no rule). Outside 1978..2099: 22008. NULL in, NULL out.';

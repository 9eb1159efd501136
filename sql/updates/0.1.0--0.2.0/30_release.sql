-- Release windows, offender management and OMiC: policy as dated facts, the
-- rules of the MoJ services (R-TTG-1, R-TTG-2, R-OM-1 to R-OM-3) and as_of.
-- The C functions whose signature is unchanged take their new behaviour from
-- the library; their comments change here.

CREATE FUNCTION ttg.policy_facts(OUT rule text, OUT first_day date, OUT last_day date,
                                 OUT value integer, OUT unit text, OUT source text)
  RETURNS SETOF record
  AS 'MODULE_PATHNAME', 'ttg_sql_policy_facts'
  LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION ttg.policy_facts() IS
  'Every dated policy fact the release, offender-management and Unpaid Work rules read: the rule, its first and last day (NULL: in force since before 1978, or still in force), its value and unit, and the source document by name. The functions choose the fact in force on the date that matters for the case (sentence date, release date or as_of).';

COMMENT ON FUNCTION ttg.in_ttg_window(date, date) IS
  'R-TTG-1: true when release - 84 days <= as_of <= release and as_of is on or after 1 April 2019, when the 12-week window started (TTG News, February 2019; the 12 named prisons went live on 1 February 2019: use ttg_stage with their live_from). NULL in, NULL out.';

COMMENT ON FUNCTION ttg.ttg_stage(date, date, boolean) IS
  'R-TTG-1, R-TTG-2: before_referral; referral_due (non-resettlement prisons only, release - 105 to release - 85 days); in_window (release - 84 days to the release day); released (after it); not_live before TTG started on 1 April 2019 (TTG News, February 2019), so never referral_due or in_window before that day. NULL release or as_of: NULL. NULL resettlement_prison: NULL only from 105 to 85 days before release, where the answer depends on it.';

CREATE FUNCTION ttg.ttg_stage(release date, as_of date, resettlement_prison boolean, live_from date)
  RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_ttg_stage'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.ttg_stage(date, date, boolean, date) IS
  'ttg_stage(release, as_of, resettlement_prison) for a prison that went live on live_from (ttg.resettlement_prison.live_from: 1 February 2019 in the 12 prisons TTG News, February 2019 names): in a resettlement prison the window runs from live_from; the referral stage of non-resettlement prisons still starts on 1 April 2019. NULL live_from: 1 April 2019.';

COMMENT ON FUNCTION ttg.om_in_scope(numeric, text, boolean, boolean, date) IS
  'R-OM-1 (OMCP Board paper, September 2013): sentences of 12 months or more; MTCS brought in everyone in custody from 1 October 2012, so a sentence from that day is in scope, and one from before it is in scope when ROSH is high or very_high, or IPP, or PPO; otherwise it depends on the release date (give it with the six-argument form), so NULL. ROSH words: low, medium, high, very_high (any case), else 22023. Kleene logic: NULL only when the answer depends on a NULL argument (under 12 months is false whatever else is NULL).';

CREATE FUNCTION ttg.om_in_scope(sentence_months numeric, rosh text, ipp boolean,
                                ppo boolean, sentenced_on date, released_on date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_om_in_scope'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.om_in_scope(numeric, text, boolean, boolean, date, date) IS
  'R-OM-1 judged by who was in custody after MTCS (1 October 2012): 12 months or more, and sentenced on or after 1 October 2012 or released on or after it (still in custody that day), or ROSH high or very_high, or IPP, or PPO. released_on NULL: not known (the five-argument form). Kleene logic as there.';

COMMENT ON FUNCTION ttg.om_handover_date(date, date) IS
  'R-OM-2: responsibility moves to the community at the earlier of release - 6 months (clamped like date - interval ''6 months'': 31 August gives 28 or 29 February) and the start of any parole process. NULL release (IPP and life sentences before release is directed): the parole process start; NULL parole_process_start: no parole process; both NULL: NULL.';

COMMENT ON FUNCTION ttg.om_responsibility(date, date, date, date, date) IS
  'R-OM-2, R-OM-3: prison or community on as_of. From om_handover_date the community holds the case; after a parole refusal (on or before as_of) it returns to the prison until next_review_start, or until release - 6 months when release is later than the refusal. IPP and life with no release date: the parole process start decides. NULL as_of, or NULL release and parole_process_start: NULL. next_review_start before the refusal: 22023.';

-- omic_handover and omic_handover_date gain target_hearing, recalled,
-- prison_type, omic_start and as_of (and omic_handover the responsibility
-- column): the 0.1.0 signatures go.
DROP FUNCTION ttg.omic_handover(date, date, date, date, date, date, date, boolean, boolean, text, integer, boolean, text, date);
DROP FUNCTION ttg.omic_handover_date(date, date, date, date, date, date, date, boolean, boolean, text, integer, boolean, text, date);

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

-- Derived objects of a reporting model (release and offender management): dropped and made again by every
-- build (ttg.rebuild_reporting_model), so only views and functions belong here.
-- Views are security_invoker, so the caller's row security applies.

-- Through the Gate pipeline (R-TTG-1, R-TTG-2, R-TTG-3, R-TTG-4). Resettlement prisons are dated and
-- many-to-many: judged on the release day (on the report date when no release date is known).
CREATE VIEW ttg_pipeline WITH (security_invoker = true) AS
  SELECT k.person_id, k.region, k.prison_code, ttg.prison_name(k.prison_code) AS prison,
         res.resettlement_prison, k.home_area,
         rel.release_date, ttg.ttg_referral_due(rel.release_date) AS referral_due,
         lower(ttg.ttg_window(rel.release_date)) AS window_start, rel.release_date AS window_end,
         ttg.ttg_stage(rel.release_date, r.as_of, res.resettlement_prison, res.live_from) AS stage,
         rel.release_date - r.as_of AS days_to_release,
         res.own_area AS own_area_resettlement
    FROM custody k
    CROSS JOIN report_date r
    CROSS JOIN LATERAL (SELECT ttg.release_date(k.confirmed_release, k.actual_parole, k.hdc_actual, k.crd, k.ard) AS release_date) rel
    CROSS JOIN LATERAL (SELECT count(rp.*) > 0 AS resettlement_prison, min(rp.live_from) AS live_from,
                               coalesce(bool_or(rp.cpa = k.home_area), false) AS own_area
                          FROM ttg.resettlement_prison rp
                         WHERE rp.prison_code = k.prison_code
                           AND rp.valid_from <= coalesce(rel.release_date, r.as_of)
                           AND (rp.valid_until IS NULL OR rp.valid_until >= coalesce(rel.release_date, r.as_of))) res;
COMMENT ON VIEW ttg_pipeline IS 'Every person in custody with their release date (confirmed, actual parole, HDC actual, CRD, ARD in that order), the referral date for non-resettlement prisons (release - 15 weeks, R-TTG-2), the 12-week TTG window (R-TTG-1, from 1 April 2019 or the prison''s live_from) and their stage on the report date; whether the prison resettles into the person''s own area on the release day (R-TTG-3).';
COMMENT ON COLUMN ttg_pipeline.person_id IS 'The person.';
COMMENT ON COLUMN ttg_pipeline.region IS 'Region that will supervise on release.';
COMMENT ON COLUMN ttg_pipeline.prison_code IS 'Prison, NOMIS code.';
COMMENT ON COLUMN ttg_pipeline.prison IS 'Prison name (ttg.prison_name): ''unknown'' for a code ttg.prison does not hold, never the bare code.';
COMMENT ON COLUMN ttg_pipeline.resettlement_prison IS 'True when the prison is a resettlement prison (for any area) on the release day (ttg.resettlement_prison periods).';
COMMENT ON COLUMN ttg_pipeline.home_area IS 'Contract Package Area the person is released to.';
COMMENT ON COLUMN ttg_pipeline.release_date IS 'Release date (ttg.release_date); NULL when no date is known (indeterminate).';
COMMENT ON COLUMN ttg_pipeline.referral_due IS 'Release - 105 days: the NPS RO notifies the CRC (non-resettlement prisons, R-TTG-2).';
COMMENT ON COLUMN ttg_pipeline.window_start IS 'First day of the TTG window, release - 84 days (R-TTG-1).';
COMMENT ON COLUMN ttg_pipeline.window_end IS 'Last day of the TTG window, the release day.';
COMMENT ON COLUMN ttg_pipeline.stage IS 'before_referral, referral_due, in_window, released, or not_live before TTG started (1 April 2019; the prison''s live_from), as of the report date.';
COMMENT ON COLUMN ttg_pipeline.days_to_release IS 'Days from the report date to release (negative once released).';
COMMENT ON COLUMN ttg_pipeline.own_area_resettlement IS 'True when the prison resettles into the person''s home area on the release day (R-TTG-3).';

-- Releases ahead, per prison, area and month (R-TTG-3; the forecast volumes of source 000).
CREATE VIEW release_forecast WITH (security_invoker = true) AS
  SELECT date_trunc('month', p.release_date)::date AS month, p.region, p.prison_code, p.prison,
         p.resettlement_prison, p.home_area,
         count(*)::integer AS releases,
         count(*) FILTER (WHERE p.own_area_resettlement)::integer AS own_area_resettlement_releases
    FROM ttg_pipeline p
    CROSS JOIN report_date r
    CROSS JOIN current_settings() st
   WHERE p.release_date >= date_trunc('month', r.as_of)::date
     AND p.release_date < (date_trunc('month', r.as_of) + make_interval(months => st.forecast_months))::date
   GROUP BY 1, 2, 3, 4, 5, 6;
COMMENT ON VIEW release_forecast IS 'Forecast releases per month (from the report month, settings.forecast_months ahead), prison and home area: the volumes by prison and CPA that source 000 plans TTG services from, and those released from a resettlement prison into their own area (R-TTG-3).';
COMMENT ON COLUMN release_forecast.month IS 'First day of the release month.';
COMMENT ON COLUMN release_forecast.region IS 'Region that will supervise.';
COMMENT ON COLUMN release_forecast.prison_code IS 'Releasing prison, NOMIS code.';
COMMENT ON COLUMN release_forecast.prison IS 'Releasing prison (''unknown'' for a code ttg.prison does not hold).';
COMMENT ON COLUMN release_forecast.resettlement_prison IS 'True for a resettlement prison on the release day.';
COMMENT ON COLUMN release_forecast.home_area IS 'Contract Package Area released to.';
COMMENT ON COLUMN release_forecast.releases IS 'People to be released.';
COMMENT ON COLUMN release_forecast.own_area_resettlement_releases IS 'Of them, released from a prison that resettles into their own area on the release day (R-TTG-3).';

CREATE VIEW resettlement_share WITH (security_invoker = true) AS
  SELECT month, home_area, sum(releases)::integer AS releases,
         sum(own_area_resettlement_releases)::integer AS own_area_resettlement_releases,
         round(100.0 * sum(own_area_resettlement_releases) / sum(releases), 1)::numeric(5,1) AS share_percent,
         80::numeric(5,1) AS target_percent,
         100.0 * sum(own_area_resettlement_releases) / sum(releases) >= 80 AS target_met
    FROM release_forecast
   GROUP BY month, home_area;
COMMENT ON VIEW resettlement_share IS 'R-TTG-3: the share of releases to each area that come from a resettlement prison in that area, per month, against the 80% aim.';
COMMENT ON COLUMN resettlement_share.month IS 'First day of the release month.';
COMMENT ON COLUMN resettlement_share.home_area IS 'Contract Package Area released to.';
COMMENT ON COLUMN resettlement_share.releases IS 'People to be released to the area.';
COMMENT ON COLUMN resettlement_share.own_area_resettlement_releases IS 'Of them, from a resettlement prison of the area.';
COMMENT ON COLUMN resettlement_share.share_percent IS 'Percentage from a resettlement prison of the area.';
COMMENT ON COLUMN resettlement_share.target_percent IS 'The aim, 80% (R-TTG-3).';
COMMENT ON COLUMN resettlement_share.target_met IS 'True when the share reaches 80%.';

-- Who holds each case on the report date (R-OM-1 to R-OM-4, OMiC). The 2013 columns count from the
-- release date omic_handover's 2013 model uses (PED, else the earlier of CRD and ARD; an indeterminate
-- sentence, the earlier of tariff and PED); a sentence out of scope of offender management (under 12 months) is out_of_scope.
CREATE VIEW om_responsibility WITH (security_invoker = true) AS
  SELECT k.person_id, k.region, k.prison_code, k.tier, k.rosh, k.mappa_level,
         sc.in_scope,
         rel.release_date,
         ttg.om_handover_date(rel.release_date, k.parole_process_start) AS handover_date_2013,
         CASE WHEN sc.in_scope IS FALSE THEN 'out_of_scope'
              ELSE ttg.om_responsibility(r.as_of, rel.release_date, k.parole_process_start,
                                         k.parole_refused_on, k.next_review_start) END AS responsibility_2013,
         o.handover_date AS omic_handover_date,
         o.responsibility AS omic_responsibility,
         CASE WHEN o.responsibility = 'prison' THEN ttg.pom_grade(k.tier) END AS pom_grade,
         ttg.prison_name(k.prison_code) AS prison,
         o.applied_era AS omic_era,
         o.rule AS omic_rule
    FROM custody k
    CROSS JOIN report_date r
    CROSS JOIN LATERAL (SELECT CASE WHEN k.indeterminate THEN least(k.tariff, k.ped)
                                    ELSE ttg.earliest_release_date(k.ped, k.crd, k.ard) END AS release_date) rel
    CROSS JOIN LATERAL (SELECT ttg.om_in_scope(k.sentence_months, k.rosh, k.ipp, k.ppo, k.sentenced_on,
                                               coalesce(rel.release_date, r.as_of)) AS in_scope) sc
    CROSS JOIN LATERAL ttg.omic_handover(k.sentenced_on, k.crd, k.ard, k.ped, k.tariff, k.hdc_actual,
                                         k.hdc_eligibility, k.indeterminate, k.early_allocation,
                                         CASE WHEN k.nps_case THEN 'nps' ELSE 'crc' END, k.mappa_level,
                                         k.home_area = 'Wales', 'auto', k.parole_process_start,
                                         k.target_hearing, k.recalled, k.prison_type, 'sources', r.as_of) o;
COMMENT ON VIEW om_responsibility IS 'Who holds offender-management responsibility for each person in custody on the report date: under the 2013 model (handover at release - 6 months or the start of parole, back to prison after a refusal until the next review, R-OM-2, R-OM-3; sentences under 12 months out of scope, R-OM-1) and under the OMiC rule in force (ttg.omic_handover, era auto, as_of the report date: the transitional cut-offs for England public prisons, the 10-month rule, the services'' rules), with the POM grade while the prison holds the case (R-OM-4). The OMiC start is the sources'' 16 September 2019.';
COMMENT ON COLUMN om_responsibility.person_id IS 'The person.';
COMMENT ON COLUMN om_responsibility.region IS 'Region that will supervise.';
COMMENT ON COLUMN om_responsibility.prison_code IS 'Prison, NOMIS code.';
COMMENT ON COLUMN om_responsibility.tier IS 'Case tier (a3 to d0, a to d); NULL when not recorded.';
COMMENT ON COLUMN om_responsibility.rosh IS 'Risk of Serious Harm; NULL when not recorded.';
COMMENT ON COLUMN om_responsibility.mappa_level IS 'MAPPA level 0 to 3; NULL when not a MAPPA case or not recorded (the OMiC handover reads 0, 1 and NULL alike).';
COMMENT ON COLUMN om_responsibility.in_scope IS 'In scope of offender management (R-OM-1), MTCS judged by custody on or after 1 October 2012; NULL when it turns on a ROSH that is not recorded (a sentence from before MTCS).';
COMMENT ON COLUMN om_responsibility.release_date IS 'The release date both models count from: PED, else the earlier of CRD and ARD; an indeterminate sentence, the earlier of tariff and PED (NULL when neither is known).';
COMMENT ON COLUMN om_responsibility.handover_date_2013 IS 'Handover under the 2013 model: release - 6 months or the start of parole, whichever first (R-OM-2).';
COMMENT ON COLUMN om_responsibility.responsibility_2013 IS 'prison or community under the 2013 model, refusals included (R-OM-2, R-OM-3); IPP and life with a parole process under way and no release date: from the parole process; out_of_scope for a sentence under 12 months (R-OM-1).';
COMMENT ON COLUMN om_responsibility.omic_handover_date IS 'Handover under the OMiC rule in force (ttg.omic_handover, era auto); NULL for the rules with no handover (pre_omic, recall, indeterminate_custody); the sentence start for determinate_short.';
COMMENT ON COLUMN om_responsibility.omic_responsibility IS 'prison or community under OMiC on the report date (ttg.omic_handover''s responsibility); NULL when the dates allow no answer.';
COMMENT ON COLUMN om_responsibility.pom_grade IS 'probation_officer (tiers A, B) or prison_officer while the prison holds the case under OMiC (R-OM-4); NULL once the community holds it, and when the tier is not recorded.';
COMMENT ON COLUMN om_responsibility.prison IS 'Prison name (''unknown'' for a code ttg.prison does not hold).';
COMMENT ON COLUMN om_responsibility.omic_era IS 'The OMiC model applied: omcp_2013 (pre-OMiC), omic_2019 or omic_2023.';
COMMENT ON COLUMN om_responsibility.omic_rule IS 'The rule that gave the OMiC date (ttg.omic_handover''s rule).';

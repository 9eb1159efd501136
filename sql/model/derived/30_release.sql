-- Derived objects of a reporting model (release and offender management): dropped and made again by every
-- build (ttg.rebuild_reporting_model), so only views and functions belong here.
-- Views are security_invoker, so the caller's row security applies.

-- Through the Gate pipeline (R-TTG-1, R-TTG-2, R-TTG-4).
CREATE VIEW ttg_pipeline WITH (security_invoker = true) AS
  SELECT k.person_id, k.region, k.prison_code, coalesce(rp.prison, k.prison_code) AS prison,
         rp.prison_code IS NOT NULL AS resettlement_prison, k.home_area,
         rel.release_date, ttg.ttg_referral_due(rel.release_date) AS referral_due,
         lower(ttg.ttg_window(rel.release_date)) AS window_start, rel.release_date AS window_end,
         ttg.ttg_stage(rel.release_date, r.as_of, rp.prison_code IS NOT NULL) AS stage,
         rel.release_date - r.as_of AS days_to_release
    FROM custody k
    CROSS JOIN report_date r
    CROSS JOIN LATERAL (SELECT ttg.release_date(k.confirmed_release, k.actual_parole, k.hdc_actual, k.crd, k.ard) AS release_date) rel
    LEFT JOIN ttg.resettlement_prison rp ON rp.prison_code = k.prison_code;
COMMENT ON VIEW ttg_pipeline IS 'Every person in custody with their release date (confirmed, actual parole, HDC actual, CRD, ARD in that order), the referral date for non-resettlement prisons (release - 15 weeks, R-TTG-2), the 12-week TTG window (R-TTG-1) and their stage today.';
COMMENT ON COLUMN ttg_pipeline.person_id IS 'The person.';
COMMENT ON COLUMN ttg_pipeline.region IS 'Region that will supervise on release.';
COMMENT ON COLUMN ttg_pipeline.prison_code IS 'Prison, NOMIS code.';
COMMENT ON COLUMN ttg_pipeline.prison IS 'Prison name when it is a resettlement prison, else its code.';
COMMENT ON COLUMN ttg_pipeline.resettlement_prison IS 'True when the prison is in ttg.resettlement_prison.';
COMMENT ON COLUMN ttg_pipeline.home_area IS 'Contract Package Area the person is released to.';
COMMENT ON COLUMN ttg_pipeline.release_date IS 'Release date (ttg.release_date); NULL when no date is known (indeterminate).';
COMMENT ON COLUMN ttg_pipeline.referral_due IS 'Release - 105 days: the NPS RO notifies the CRC (non-resettlement prisons, R-TTG-2).';
COMMENT ON COLUMN ttg_pipeline.window_start IS 'First day of the TTG window, release - 84 days (R-TTG-1).';
COMMENT ON COLUMN ttg_pipeline.window_end IS 'Last day of the TTG window, the release day.';
COMMENT ON COLUMN ttg_pipeline.stage IS 'before_referral, referral_due, in_window or released, as of the report date.';
COMMENT ON COLUMN ttg_pipeline.days_to_release IS 'Days from the report date to release (negative once released).';

-- Releases ahead, per prison, area and month (R-TTG-3; the forecast volumes of source 000).
CREATE VIEW release_forecast WITH (security_invoker = true) AS
  SELECT date_trunc('month', p.release_date)::date AS month, p.region, p.prison_code, p.prison,
         p.resettlement_prison, p.home_area,
         count(*)::integer AS releases,
         count(*) FILTER (WHERE rp.cpa = p.home_area)::integer AS own_area_resettlement_releases
    FROM ttg_pipeline p
    CROSS JOIN report_date r
    CROSS JOIN current_settings() st
    LEFT JOIN ttg.resettlement_prison rp ON rp.prison_code = p.prison_code
   WHERE p.release_date >= date_trunc('month', r.as_of)::date
     AND p.release_date < (date_trunc('month', r.as_of) + make_interval(months => st.forecast_months))::date
   GROUP BY 1, 2, 3, 4, 5, 6;
COMMENT ON VIEW release_forecast IS 'Forecast releases per month (from the report month, settings.forecast_months ahead), prison and home area: the volumes by prison and CPA that source 000 plans TTG services from, and those released from a resettlement prison into their own area (R-TTG-3).';
COMMENT ON COLUMN release_forecast.month IS 'First day of the release month.';
COMMENT ON COLUMN release_forecast.region IS 'Region that will supervise.';
COMMENT ON COLUMN release_forecast.prison_code IS 'Releasing prison, NOMIS code.';
COMMENT ON COLUMN release_forecast.prison IS 'Releasing prison.';
COMMENT ON COLUMN release_forecast.resettlement_prison IS 'True for a resettlement prison.';
COMMENT ON COLUMN release_forecast.home_area IS 'Contract Package Area released to.';
COMMENT ON COLUMN release_forecast.releases IS 'People to be released.';
COMMENT ON COLUMN release_forecast.own_area_resettlement_releases IS 'Of them, released from a resettlement prison of their own CPA (R-TTG-3).';

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

-- Who holds each case today (R-OM-1 to R-OM-4, OMiC).
CREATE VIEW om_responsibility WITH (security_invoker = true) AS
  SELECT k.person_id, k.region, k.prison_code, k.tier, k.rosh, k.mappa_level,
         ttg.om_in_scope(k.sentence_months, k.rosh, k.ipp, k.ppo, k.sentenced_on) AS in_scope,
         rel.release_date,
         ttg.om_handover_date(rel.release_date, k.parole_process_start) AS handover_date_2013,
         ttg.om_responsibility(r.as_of, rel.release_date, k.parole_process_start,
                               k.parole_refused_on, k.next_review_start) AS responsibility_2013,
         o.handover_date AS omic_handover_date,
         CASE WHEN o.handover_date IS NULL THEN NULL
              WHEN r.as_of >= o.handover_date THEN 'community' ELSE 'prison' END AS omic_responsibility,
         CASE WHEN o.handover_date IS NULL OR r.as_of < o.handover_date THEN ttg.pom_grade(k.tier) END AS pom_grade
    FROM custody k
    CROSS JOIN report_date r
    CROSS JOIN LATERAL (SELECT ttg.release_date(k.confirmed_release, k.actual_parole, k.hdc_actual, k.crd, k.ard) AS release_date) rel
    CROSS JOIN LATERAL (SELECT ttg.omic_handover_date(k.sentenced_on, k.crd, k.ard, k.ped, NULL, k.hdc_actual,
                                                      k.hdc_eligibility, k.indeterminate, k.early_allocation,
                                                      CASE WHEN k.nps_case THEN 'nps' ELSE 'crc' END, k.mappa_level,
                                                      k.home_area = 'Wales', 'auto', k.parole_process_start) AS handover_date) o;
COMMENT ON VIEW om_responsibility IS 'Who holds offender-management responsibility for each person in custody on the report date: under the 2013 model (handover at release - 6 months or the start of parole, back to prison after a refusal until the next review, R-OM-2, R-OM-3) and under the OMiC rule in force on the handover day (2019 or 2023), with the POM grade while the prison holds the case (R-OM-4).';
COMMENT ON COLUMN om_responsibility.person_id IS 'The person.';
COMMENT ON COLUMN om_responsibility.region IS 'Region that will supervise.';
COMMENT ON COLUMN om_responsibility.prison_code IS 'Prison, NOMIS code.';
COMMENT ON COLUMN om_responsibility.tier IS 'Case tier.';
COMMENT ON COLUMN om_responsibility.rosh IS 'Risk of Serious Harm.';
COMMENT ON COLUMN om_responsibility.mappa_level IS 'MAPPA level.';
COMMENT ON COLUMN om_responsibility.in_scope IS 'In scope of offender management (R-OM-1).';
COMMENT ON COLUMN om_responsibility.release_date IS 'Release date.';
COMMENT ON COLUMN om_responsibility.handover_date_2013 IS 'Handover under the 2013 model: release - 6 months or the start of parole, whichever first (R-OM-2).';
COMMENT ON COLUMN om_responsibility.responsibility_2013 IS 'prison or community under the 2013 model, refusals included (R-OM-2, R-OM-3).';
COMMENT ON COLUMN om_responsibility.omic_handover_date IS 'Handover under the OMiC rule in force (ttg.omic_handover_date, era auto).';
COMMENT ON COLUMN om_responsibility.omic_responsibility IS 'prison or community under OMiC on the report date.';
COMMENT ON COLUMN om_responsibility.pom_grade IS 'probation_officer (tiers A, B) or prison_officer while the prison holds the case under OMiC (R-OM-4); NULL once the community holds it.';

-- Every C function is named ttg_sql_<sql name> in 0.2.0. A function that 0.1.0
-- created and no earlier step of this update re-created still names its 0.1.0
-- symbol (kept in src/pg/compat_0_1_0.c): re-create it from its own definition
-- with the current symbol, so that an updated database matches a fresh install.
DO $entry_points$
DECLARE
  f record;
BEGIN
  FOR f IN
    SELECT p.oid, m.current, m.old
      FROM pg_catalog.pg_proc p
      JOIN (VALUES
    ('ttg_add_business_days', 'ttg_sql_add_business_days'),
    ('ttg_add_business_days_cal', 'ttg_sql_add_business_days_calendar'),
    ('ttg_bank_holidays', 'ttg_sql_bank_holidays'),
    ('ttg_bng_to_wgs84_sql', 'ttg_sql_bng_to_wgs84'),
    ('ttg_business_days_between', 'ttg_sql_business_days_between'),
    ('ttg_business_days_between_cal', 'ttg_sql_business_days_between_calendar'),
    ('ttg_credited_travel_minutes_sql', 'ttg_sql_credited_travel_minutes'),
    ('ttg_earliest_release_date', 'ttg_sql_earliest_release_date'),
    ('ttg_estimate_travel_minutes', 'ttg_sql_estimate_travel_minutes'),
    ('ttg_estimate_travel_minutes_bng', 'ttg_sql_estimate_travel_minutes_bng'),
    ('ttg_great_circle_km_sql', 'ttg_sql_great_circle_km'),
    ('ttg_in_ttg_window', 'ttg_sql_in_ttg_window'),
    ('ttg_is_bank_holiday', 'ttg_sql_is_bank_holiday'),
    ('ttg_is_business_day', 'ttg_sql_is_business_day'),
    ('ttg_is_business_day_cal', 'ttg_sql_is_business_day_calendar'),
    ('ttg_load_calendar', 'ttg_sql_load_calendar'),
    ('ttg_load_resettlement_prisons', 'ttg_sql_load_resettlement_prisons'),
    ('ttg_load_shipped_resettlement_prisons', 'ttg_sql_load_shipped_resettlement_prisons'),
    ('ttg_match_placements', 'ttg_sql_match_placements'),
    ('ttg_om_handover_date', 'ttg_sql_om_handover_date'),
    ('ttg_om_in_scope', 'ttg_sql_om_in_scope'),
    ('ttg_om_responsibility', 'ttg_sql_om_responsibility'),
    ('ttg_omic_handover', 'ttg_sql_omic_handover'),
    ('ttg_omic_handover_date', 'ttg_sql_omic_handover_date'),
    ('ttg_pg_mcs_band', 'ttg_sql_mcs_band'),
    ('ttg_pg_mcs_brag_met', 'ttg_sql_mcs_brag_met'),
    ('ttg_pg_mcs_contact_failure', 'ttg_sql_mcs_contact_failure'),
    ('ttg_pg_mcs_contact_valid', 'ttg_sql_mcs_contact_valid'),
    ('ttg_pg_mcs_evaluate', 'ttg_sql_mcs_evaluate'),
    ('ttg_pg_mcs_in_scope', 'ttg_sql_mcs_in_scope'),
    ('ttg_pg_mcs_met', 'ttg_sql_mcs_met'),
    ('ttg_pg_mcs_month', 'ttg_sql_mcs_month'),
    ('ttg_pg_mcs_months', 'ttg_sql_mcs_months'),
    ('ttg_pg_mcs_rate_combine', 'ttg_sql_mcs_rate_combine'),
    ('ttg_pg_mcs_rate_final', 'ttg_sql_mcs_rate_final'),
    ('ttg_pg_mcs_rate_step', 'ttg_sql_mcs_rate_step'),
    ('ttg_pg_mcs_reason', 'ttg_sql_mcs_reason'),
    ('ttg_pg_mcs_reoffer_ok', 'ttg_sql_mcs_reoffer_ok'),
    ('ttg_pg_mcs_tally_combine', 'ttg_sql_mcs_tally_combine'),
    ('ttg_pg_mcs_tally_in', 'ttg_sql_mcs_tally_in'),
    ('ttg_pg_mcs_tally_out', 'ttg_sql_mcs_tally_out'),
    ('ttg_pg_mcs_tally_recv', 'ttg_sql_mcs_tally_recv'),
    ('ttg_pg_mcs_tally_send', 'ttg_sql_mcs_tally_send'),
    ('ttg_pg_mcs_tally_step', 'ttg_sql_mcs_tally_step'),
    ('ttg_placement_candidates', 'ttg_sql_placement_candidates'),
    ('ttg_placement_failure', 'ttg_sql_placement_failure'),
    ('ttg_pom_grade', 'ttg_sql_pom_grade'),
    ('ttg_release_date', 'ttg_sql_release_date'),
    ('ttg_travel_limit_minutes_sql', 'ttg_sql_travel_limit_minutes'),
    ('ttg_travel_mode_defaults', 'ttg_sql_travel_mode_defaults'),
    ('ttg_ttg_referral_due', 'ttg_sql_ttg_referral_due'),
    ('ttg_ttg_stage', 'ttg_sql_ttg_stage'),
    ('ttg_ttg_window', 'ttg_sql_ttg_window'),
    ('ttg_upw_assessment_due_sql', 'ttg_sql_upw_assessment_due'),
    ('ttg_upw_completion_due_sql', 'ttg_sql_upw_completion_due'),
    ('ttg_upw_ete_cap_minutes', 'ttg_sql_upw_ete_cap_minutes'),
    ('ttg_upw_ete_ok', 'ttg_sql_upw_ete_ok'),
    ('ttg_upw_progress_sql', 'ttg_sql_upw_progress'),
    ('ttg_upw_review_dates_sql', 'ttg_sql_upw_review_dates'),
    ('ttg_upw_session_credit', 'ttg_sql_upw_session_credit'),
    ('ttg_upw_start_days_sql', 'ttg_sql_upw_start_days'),
    ('ttg_upw_start_due_days_sql', 'ttg_sql_upw_start_due_business_days'),
    ('ttg_upw_start_due_sql', 'ttg_sql_upw_start_due'),
    ('ttg_within_travel_limit_sql', 'ttg_sql_within_travel_limit')
           ) AS m(old, current) ON p.prosrc = m.old
     WHERE p.pronamespace = 'ttg'::regnamespace AND p.prolang = (SELECT oid FROM pg_catalog.pg_language WHERE lanname = 'c')
  LOOP
    EXECUTE pg_catalog.replace(pg_catalog.pg_get_functiondef(f.oid),
                               '$function$' || f.old || '$function$', '$function$' || f.current || '$function$');
  END LOOP;
END
$entry_points$;

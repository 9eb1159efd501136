-- Derived objects of a reporting model (contact compliance): dropped and made again by every
-- build (ttg.rebuild_reporting_model), so only views and functions belong here.
-- Views are security_invoker, so the caller's row security applies.

-- Contact compliance, case by case and month by month (R-MCS-1 to R-MCS-7).
CREATE VIEW mcs_case_month WITH (security_invoker = true) AS
  SELECT c.case_id, c.region, c.team, c.brag, m.month,
         j.mcs_met, j.brag_met, j.contacts, j.valid_contacts, j.reason, j.failure AS commonest_failure
    FROM cases c
    CROSS JOIN current_settings() st
    CROSS JOIN report_date r
    CROSS JOIN LATERAL ttg.mcs_months(c.isp_completed_on, least(coalesce(c.supervision_end, r.as_of), r.as_of),
                                      st.partial_month) AS m(month)
    LEFT JOIN (SELECT k.case_id, date_trunc('month', k.appointment_at)::date AS month,
                      ttg.mcs_tally(k.contact_type, k.appointment_at, k.notified_at, k.outcome, k.available_minutes,
                                    k.other_activity, k.next_offered_on, k.next_appointment_on, s2.reoffer_rule) AS tally
                 FROM contacts k CROSS JOIN current_settings() s2
                GROUP BY 1, 2) t ON t.case_id = c.case_id AND t.month = m.month
    CROSS JOIN LATERAL ttg.mcs_month(t.tally, CASE c.brag WHEN 'red' THEN st.brag_red WHEN 'amber' THEN st.brag_amber
                                                          WHEN 'blue' THEN st.brag_blue ELSE st.brag_green END) j
   WHERE c.isp_completed_on IS NOT NULL
     AND c.isp_completed_on <= least(coalesce(c.supervision_end, r.as_of), r.as_of)
     AND ttg.mcs_in_scope(c.requirements);
COMMENT ON VIEW mcs_case_month IS 'One row per case in scope (R-MCS-5) per month it must be seen in, from ISP completion to the end of supervision or the report date (settings.partial_month decides the part months, R-MCS-1): whether the month holds a valid face-to-face case-manager contact (R-MCS-2, R-MCS-3) attended or missed and re-offered in time (R-MCS-4, settings.reoffer_rule), whether the BRAG frequency is met (R-MCS-6), and why not.';
COMMENT ON COLUMN mcs_case_month.case_id IS 'The case.';
COMMENT ON COLUMN mcs_case_month.region IS 'Region.';
COMMENT ON COLUMN mcs_case_month.team IS 'Team.';
COMMENT ON COLUMN mcs_case_month.brag IS 'BRAG status of the case.';
COMMENT ON COLUMN mcs_case_month.month IS 'First day of the month.';
COMMENT ON COLUMN mcs_case_month.mcs_met IS 'True when the Minimum Contact Specification is met this month (R-MCS-1).';
COMMENT ON COLUMN mcs_case_month.brag_met IS 'True when the BRAG frequency of settings is met (R-MCS-6).';
COMMENT ON COLUMN mcs_case_month.contacts IS 'Contacts recorded in the month.';
COMMENT ON COLUMN mcs_case_month.valid_contacts IS 'Valid case-manager contacts in the month (R-MCS-2, R-MCS-3).';
COMMENT ON COLUMN mcs_case_month.reason IS 'Why not met: no_contact, no_valid_contact, missed_without_reoffer or no_attended_contact; NULL when met.';
COMMENT ON COLUMN mcs_case_month.commonest_failure IS 'The commonest reason contacts of the month were not valid (ttg.mcs_contact_failure); NULL when none failed.';

CREATE VIEW mcs_team_month WITH (security_invoker = true) AS
  SELECT cm.region, cm.team, cm.month, count(*)::integer AS cases,
         count(*) FILTER (WHERE cm.mcs_met)::integer AS cases_met,
         round(ttg.mcs_rate(cm.mcs_met), 1) AS rate_percent,
         ttg.mcs_band(ttg.mcs_rate(cm.mcs_met), cm.month, st.mcs_target, st.mcs_trigger) AS band,
         round(ttg.mcs_rate(cm.brag_met), 1) AS brag_rate_percent,
         count(*) FILTER (WHERE cm.reason = 'no_contact')::integer AS no_contact,
         count(*) FILTER (WHERE cm.reason = 'no_valid_contact')::integer AS no_valid_contact,
         count(*) FILTER (WHERE cm.reason = 'missed_without_reoffer')::integer AS missed_without_reoffer,
         count(*) FILTER (WHERE cm.reason = 'no_attended_contact')::integer AS no_attended_contact
    FROM mcs_case_month cm
    CROSS JOIN current_settings() st
   GROUP BY cm.region, cm.team, cm.month, st.mcs_target, st.mcs_trigger;
COMMENT ON VIEW mcs_team_month IS 'Contact compliance per region, team and month: the share of case-months met and its band against the target and trigger of settings (R-MCS-7: 95% and 85% by default; ramp-up to December 2018), with the reasons counted.';
COMMENT ON COLUMN mcs_team_month.region IS 'Region.';
COMMENT ON COLUMN mcs_team_month.team IS 'Team.';
COMMENT ON COLUMN mcs_team_month.month IS 'First day of the month.';
COMMENT ON COLUMN mcs_team_month.cases IS 'Cases in scope that month.';
COMMENT ON COLUMN mcs_team_month.cases_met IS 'Of them, met.';
COMMENT ON COLUMN mcs_team_month.rate_percent IS 'Percentage met (R-MCS-7), one decimal.';
COMMENT ON COLUMN mcs_team_month.band IS 'met, below_target, improvement, ramp_up or not_applicable (ttg.mcs_band on the exact rate).';
COMMENT ON COLUMN mcs_team_month.brag_rate_percent IS 'Percentage meeting their BRAG frequency (R-MCS-6).';
COMMENT ON COLUMN mcs_team_month.no_contact IS 'Case-months with no contact at all.';
COMMENT ON COLUMN mcs_team_month.no_valid_contact IS 'Case-months with contacts, none valid.';
COMMENT ON COLUMN mcs_team_month.missed_without_reoffer IS 'Case-months whose valid contact was missed and not re-offered within 5 business days.';
COMMENT ON COLUMN mcs_team_month.no_attended_contact IS 'Case-months with valid contacts none of which was attended or missed (not yet recorded, or moved by the service user).';

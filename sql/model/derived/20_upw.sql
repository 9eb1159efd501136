-- Derived objects of a reporting model (Unpaid Work): dropped and made again by every
-- build (ttg.rebuild_reporting_model), so only views and functions belong here.
-- Views are security_invoker, so the caller's row security applies.

-- Unpaid Work timeliness (R-UPW-3, R-UPW-4, R-UPW-5, R-UPW-6).
CREATE VIEW upw_timeliness WITH (security_invoker = true) AS
  SELECT o.order_id, o.case_id, c.region, c.team, o.sentence_date,
         d.assessment_due, o.assessed_on,
         CASE WHEN o.assessed_on IS NOT NULL THEN CASE WHEN o.assessed_on <= d.assessment_due THEN 'on_time' ELSE 'late' END
              WHEN r.as_of > d.assessment_due THEN 'overdue' ELSE 'pending' END AS assessment_status,
         d.start_due, o.first_session_on,
         CASE WHEN o.first_session_on IS NOT NULL THEN CASE WHEN o.first_session_on <= d.start_due THEN 'on_time' ELSE 'late' END
              WHEN r.as_of > d.start_due THEN 'overdue' ELSE 'pending' END AS start_status,
         o.order_start,
         (ttg.upw_review_dates(o.order_start))[1] AS review_6_months_due,
         (ttg.upw_review_dates(o.order_start))[2] AS review_9_months_due,
         ttg.upw_completion_due(o.order_start) AS completion_due,
         o.hours_ordered::numeric(8,2) AS hours_ordered, o.hours_completed::numeric(8,2) AS hours_completed,
         CASE WHEN o.order_start IS NULL OR r.as_of < o.order_start THEN 'not_started'
              ELSE ttg.upw_progress(o.hours_ordered, o.hours_completed, o.order_start, r.as_of) END AS progress,
         o.ete_eligible, o.ete_minutes::numeric(8,1) AS ete_minutes,
         ttg.upw_ete_cap_minutes(o.hours_ordered, st.ete_cap)::numeric(8,1) AS ete_cap_minutes,
         ttg.upw_ete_ok(o.hours_ordered, o.ete_minutes, st.ete_cap) AS ete_within_cap
    FROM upw_orders o
    JOIN cases c ON c.case_id = o.case_id
    CROSS JOIN current_settings() st
    CROSS JOIN report_date r
    CROSS JOIN LATERAL (SELECT ttg.upw_assessment_due(o.sentence_date) AS assessment_due,
                               ttg.upw_start_due(o.sentence_date) AS start_due) d;
COMMENT ON VIEW upw_timeliness IS 'Unpaid Work orders against their timescales: assessment in 10 business days (R-UPW-3), first session in 7 or 15 business days by date (R-UPW-4), reviews at 6 and 9 months and completion in 12 (R-UPW-5), progress at an even pace, ETE within the cap (R-UPW-6).';
COMMENT ON COLUMN upw_timeliness.order_id IS 'The order.';
COMMENT ON COLUMN upw_timeliness.case_id IS 'The case.';
COMMENT ON COLUMN upw_timeliness.region IS 'Region of the case.';
COMMENT ON COLUMN upw_timeliness.team IS 'Team of the case.';
COMMENT ON COLUMN upw_timeliness.sentence_date IS 'Date the order was made.';
COMMENT ON COLUMN upw_timeliness.assessment_due IS 'Assessment due: 10 business days after sentence (R-UPW-3).';
COMMENT ON COLUMN upw_timeliness.assessed_on IS 'Date the assessment was completed.';
COMMENT ON COLUMN upw_timeliness.assessment_status IS 'on_time, late, overdue (not done and past due) or pending.';
COMMENT ON COLUMN upw_timeliness.start_due IS 'First session due: 7 business days for orders before 26 June 2021, 15 from then (R-UPW-4).';
COMMENT ON COLUMN upw_timeliness.first_session_on IS 'Date of the first work session.';
COMMENT ON COLUMN upw_timeliness.start_status IS 'on_time, late, overdue (no session and past due) or pending.';
COMMENT ON COLUMN upw_timeliness.order_start IS 'Start of the order.';
COMMENT ON COLUMN upw_timeliness.review_6_months_due IS '6-month review date (R-UPW-5).';
COMMENT ON COLUMN upw_timeliness.review_9_months_due IS '9-month review date (R-UPW-5).';
COMMENT ON COLUMN upw_timeliness.completion_due IS 'All hours due: 12 months from the start (R-UPW-5).';
COMMENT ON COLUMN upw_timeliness.hours_ordered IS 'Hours ordered.';
COMMENT ON COLUMN upw_timeliness.hours_completed IS 'Hours completed.';
COMMENT ON COLUMN upw_timeliness.progress IS 'complete, on_track, behind, overdue (past 12 months with hours left) or not_started.';
COMMENT ON COLUMN upw_timeliness.ete_eligible IS 'Eligible for ETE activity.';
COMMENT ON COLUMN upw_timeliness.ete_minutes IS 'ETE minutes counted so far.';
COMMENT ON COLUMN upw_timeliness.ete_cap_minutes IS 'Most ETE minutes that may count, at settings.ete_cap (R-UPW-6).';
COMMENT ON COLUMN upw_timeliness.ete_within_cap IS 'True while ETE minutes are within the cap.';

-- Unpaid Work travel (R-UPW-1).
CREATE VIEW upw_travel WITH (security_invoker = true) AS
  SELECT s.session_id, s.order_id, o.case_id, c.region, c.team, s.placement_id, p.name AS placement,
         s.session_on, s.work_minutes::numeric(8,1) AS work_minutes, s.outbound_minutes::numeric(8,1) AS outbound_minutes,
         s.return_minutes::numeric(8,1) AS return_minutes, s.supervised,
         NOT (ttg.within_travel_limit(s.outbound_minutes) AND ttg.within_travel_limit(s.return_minutes)) AS over_limit,
         ttg.credited_travel_minutes(s.outbound_minutes, s.supervised)::numeric(8,1) AS credited_outbound_minutes,
         ttg.credited_travel_minutes(s.return_minutes, s.supervised)::numeric(8,1) AS credited_return_minutes,
         ttg.upw_session_credit(s.work_minutes, s.outbound_minutes, s.return_minutes, s.supervised)::numeric(8,1) AS credited_minutes
    FROM upw_sessions s
    JOIN upw_orders o ON o.order_id = s.order_id
    JOIN cases c ON c.case_id = o.case_id
    LEFT JOIN placements p ON p.placement_id = s.placement_id;
COMMENT ON VIEW upw_travel IS 'Unpaid Work sessions with their travel: over the 90-minute limit either way, and the travel credited (supervised, at most 60 minutes each way), R-UPW-1. NULL travel minutes give NULL flags and credits.';
COMMENT ON COLUMN upw_travel.session_id IS 'The session.';
COMMENT ON COLUMN upw_travel.order_id IS 'The order.';
COMMENT ON COLUMN upw_travel.case_id IS 'The case.';
COMMENT ON COLUMN upw_travel.region IS 'Region of the case.';
COMMENT ON COLUMN upw_travel.team IS 'Team of the case.';
COMMENT ON COLUMN upw_travel.placement_id IS 'The placement.';
COMMENT ON COLUMN upw_travel.placement IS 'Placement name.';
COMMENT ON COLUMN upw_travel.session_on IS 'Date of the session.';
COMMENT ON COLUMN upw_travel.work_minutes IS 'Minutes worked.';
COMMENT ON COLUMN upw_travel.outbound_minutes IS 'Travel to the placement, minutes.';
COMMENT ON COLUMN upw_travel.return_minutes IS 'Travel back, minutes.';
COMMENT ON COLUMN upw_travel.supervised IS 'Supervised travel.';
COMMENT ON COLUMN upw_travel.over_limit IS 'True when either journey is over 90 minutes (R-UPW-1).';
COMMENT ON COLUMN upw_travel.credited_outbound_minutes IS 'Outbound minutes credited against the hours.';
COMMENT ON COLUMN upw_travel.credited_return_minutes IS 'Return minutes credited against the hours.';
COMMENT ON COLUMN upw_travel.credited_minutes IS 'Work plus credited travel for the session.';

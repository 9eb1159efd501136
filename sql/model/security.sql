-- Row-level security of a reporting model (create_reporting_model(..., row_security
-- => true)): a role reads only the regions granted to it, or to a role it is a member
-- of, in region_access; child tables follow their parent's rows. Made again by every
-- build, like the derived views.
--
-- Policies run inside other roles' queries, so nothing here may depend on the
-- reader's search_path: the function body is parsed once, here (BEGIN ATOMIC), and
-- every operator is pinned to pg_catalog.
CREATE FUNCTION visible_region(region text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
  SELECT EXISTS (SELECT 1 FROM region_access a
                  WHERE a.region OPERATOR(pg_catalog.=) visible_region.region
                    AND pg_catalog.pg_has_role(CURRENT_USER, a.role_name, 'MEMBER'));
END;
COMMENT ON FUNCTION visible_region(text) IS 'True when the current role may read the region (row-level security).';

ALTER TABLE region_access ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_grants ON region_access USING (pg_catalog.pg_has_role(CURRENT_USER, role_name, 'MEMBER'));
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_region ON cases USING (visible_region(region));
ALTER TABLE custody ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_region ON custody USING (visible_region(region));
ALTER TABLE placements ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_region ON placements USING (visible_region(region));
ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_case ON contacts
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.case_id OPERATOR(pg_catalog.=) contacts.case_id));
ALTER TABLE upw_orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_case ON upw_orders
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.case_id OPERATOR(pg_catalog.=) upw_orders.case_id));
ALTER TABLE upw_sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_order ON upw_sessions
  USING (EXISTS (SELECT 1 FROM upw_orders o WHERE o.order_id OPERATOR(pg_catalog.=) upw_sessions.order_id));
ALTER TABLE travel_times ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_order ON travel_times
  USING (EXISTS (SELECT 1 FROM upw_orders o WHERE o.order_id OPERATOR(pg_catalog.=) travel_times.order_id));
ALTER TABLE case_assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_case ON case_assignments
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.case_id OPERATOR(pg_catalog.=) case_assignments.case_id));
ALTER TABLE case_requirement_periods ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_case ON case_requirement_periods
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.case_id OPERATOR(pg_catalog.=) case_requirement_periods.case_id));
ALTER TABLE case_pauses ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_case ON case_pauses
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.case_id OPERATOR(pg_catalog.=) case_pauses.case_id));
-- Rejected rows carry whatever the extract held: only the model's owner reads them.
ALTER TABLE load_rejects ENABLE ROW LEVEL SECURITY;
ALTER TABLE mcs_results ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_region ON mcs_results USING (visible_region(region));

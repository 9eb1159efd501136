// Contact compliance per region, team and month over the last 12 months
// (view mcs_team_month, R-MCS-7).
import {emit} from "../../lib/db.js";

await emit(`
  SELECT t.region, t.team, t.month, t.cases, t.cases_met, t.rate_percent, t.band
    FROM @s@.mcs_team_month t CROSS JOIN @s@.report_date r
   WHERE t.month >= (date_trunc('month', r.as_of) - interval '12 months')::date
   ORDER BY t.region, t.team, t.month`);

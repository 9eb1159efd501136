// Unpaid Work sessions by region and their longer travel leg in 10-minute bins
// (view upw_travel, R-UPW-1: 90 minutes each way at most).
import {emit} from "../../lib/db.js";

await emit(`
  SELECT region, (floor(greatest(outbound_minutes, return_minutes) / 10) * 10)::integer AS minutes,
         over_limit, count(*)::integer AS sessions,
         sum(credited_outbound_minutes + credited_return_minutes)::integer AS credited_travel_minutes
    FROM @s@.upw_travel
   WHERE outbound_minutes IS NOT NULL AND return_minutes IS NOT NULL
   GROUP BY 1, 2, 3
   ORDER BY 1, 2, 3`);

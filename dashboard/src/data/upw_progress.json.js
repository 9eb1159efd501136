// Unpaid Work orders by region and progress, with timeliness (view upw_timeliness, R-UPW-3 to R-UPW-6).
import {emit} from "../../lib/db.js";

await emit(`
  SELECT region, progress, count(*)::integer AS orders,
         count(*) FILTER (WHERE assessment_status = 'on_time')::integer AS assessed_on_time,
         count(*) FILTER (WHERE start_status = 'on_time')::integer AS started_on_time
    FROM @s@.upw_timeliness
   GROUP BY 1, 2
   ORDER BY 1, 2`);

// Everyone in custody by Through-the-Gate stage (view ttg_pipeline, R-TTG-1, R-TTG-2, R-TTG-4).
import {emit} from "../../lib/db.js";

await emit(`
  SELECT coalesce(p.stage, 'no_release_date') AS stage, p.resettlement_prison,
         count(*)::integer AS people, min(p.days_to_release) AS first_days_to_release
    FROM @s@.ttg_pipeline p
   GROUP BY 1, 2
   ORDER BY min(p.days_to_release) NULLS LAST, 2`);

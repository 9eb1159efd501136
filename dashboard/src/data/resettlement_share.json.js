// Releases ahead per month and home area against the 80% own-area aim (view resettlement_share, R-TTG-3).
import {emit} from "../../lib/db.js";

await emit(`
  SELECT month, home_area, releases, own_area_resettlement_releases, share_percent, target_percent, target_met
    FROM @s@.resettlement_share
   ORDER BY month, home_area`);

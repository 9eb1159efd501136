// The report date and the local policy lines the charts draw (settings row).
import {rows} from "../../lib/db.js";

const [meta] = await rows(`
  SELECT r.as_of, st.mcs_target, st.mcs_trigger, st.forecast_months
    FROM @s@.report_date r CROSS JOIN @s@.settings st`);
process.stdout.write(JSON.stringify({...meta, schema: process.env.TTG_SCHEMA || "probation"}));

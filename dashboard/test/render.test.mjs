// The dashboard page, built over the reporting model the libpq environment
// points at (PGHOST, PGPORT, ...; schema TTG_SCHEMA, default probation),
// rendered in headless Chromium: every chart draws one mark per row of its
// view's answer, and the headline figures are the views' own.
//   node --test test/      (after a model is created and loaded)
import {before, test} from "node:test";
import assert from "node:assert/strict";
import {execFileSync} from "node:child_process";
import {join} from "node:path";
import {CHARTS, here, render} from "../render.mjs";
import {rows} from "../lib/db.js";

let page, want;

before(async () => {
  execFileSync("npm", ["run", "-s", "build"], {cwd: here, stdio: ["ignore", "ignore", "inherit"]});
  page = await render({screenshot: join(here, "dist", "screenshot.png")});
  // What each chart must draw, counted straight from the views (not from the
  // loaders' files): one cell per team-month (R-MCS-7) of the last 12 months;
  // one line per team plus one per region; one bar per (stage, resettlement
  // prison), per (month, home area) of resettlement_share (R-TTG-3) and per
  // (region, progress); one rect per (region, 10-minute bin, over the limit).
  [want] = await rows(`
    WITH m AS (SELECT t.* FROM @s@.mcs_team_month t CROSS JOIN @s@.report_date r
                WHERE t.month >= (date_trunc('month', r.as_of) - interval '12 months')::date)
    SELECT (SELECT count(*) FROM m)::integer AS "mcs-heatmap",
           (SELECT count(DISTINCT (region, team)) + count(DISTINCT region) FROM m)::integer AS "mcs-trend",
           (SELECT count(DISTINCT (coalesce(stage, ''), resettlement_prison)) FROM @s@.ttg_pipeline)::integer AS "ttg-pipeline",
           (SELECT count(*) FROM @s@.resettlement_share)::integer AS "release-share",
           (SELECT count(DISTINCT (region, progress)) FROM @s@.upw_timeliness)::integer AS "upw-progress",
           (SELECT count(DISTINCT (region, floor(greatest(outbound_minutes, return_minutes) / 10), over_limit))
              FROM @s@.upw_travel WHERE outbound_minutes IS NOT NULL AND return_minutes IS NOT NULL)::integer AS "upw-travel",
           (SELECT count(*) FROM @s@.ttg_pipeline WHERE stage = 'in_window')::integer AS in_window,
           (SELECT round(100.0 * count(*) FILTER (WHERE over_limit) / count(*), 1)
              FROM @s@.upw_travel WHERE outbound_minutes IS NOT NULL AND return_minutes IS NOT NULL) AS travel_over`);
});

test("the page renders with no error, no failed request and every chart", () => {
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.charts.map((c) => c.id).sort(), [...CHARTS].sort());
});

for (const id of CHARTS) {
  test(`chart ${id} draws one mark per row of its view`, () => {
    const chart = page.charts.find((c) => c.id === id);
    assert.ok(want[id] > 0, `the demo model gives ${id} no rows`);
    assert.equal(chart?.marks, want[id]);
  });
}

test("headline figures are the views' own", () => {
  assert.equal(page.kpis["in-window"], want.in_window.toLocaleString("en-GB"));
  assert.equal(page.kpis["travel-over"], `${want.travel_over.toFixed(1)}%`);
  assert.match(page.kpis["mcs-rate"], /^\d+\.\d%$/);
  assert.match(page.kpis["own-area-share"], /^\d+\.\d%$/);
});

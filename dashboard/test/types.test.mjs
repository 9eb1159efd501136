// What node-postgres reads from every view of the reporting model the libpq
// environment points at (schema TTG_SCHEMA, default probation), as the README's
// driver table says: with its defaults, and with the settings of lib/db.js.
//   node --test test/      (after a model is created and loaded)
import {after, before, test} from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import {ttgTypes} from "../lib/db.js";

process.env.TZ = "Europe/London";   // as a region's dashboard server runs
const {builtins} = pg.types;
const schema = process.env.TTG_SCHEMA || "probation";
const VIEWS = ["mcs_case_month", "mcs_team_month", "ttg_pipeline", "release_forecast", "resettlement_share",
               "om_responsibility", "upw_timeliness", "upw_travel", "placement_plan", "report_date", "data_dictionary"];
// The MCS views' rates are still bare numeric (the contact-compliance model).
const BARE_NUMERIC = new Set(["mcs_team_month.rate_percent", "mcs_team_month.brag_rate_percent"]);

let plain, tuned;
const sample = {};   // view -> {fields, plainRows, tunedRows}

before(async () => {
  plain = new pg.Client();
  tuned = new pg.Client({types: ttgTypes});
  await plain.connect();
  await tuned.connect();
  for (const v of VIEWS) {
    const q = `SELECT * FROM ${plain.escapeIdentifier(schema)}.${plain.escapeIdentifier(v)} LIMIT 500`;
    const a = await plain.query(q);
    const b = await tuned.query(q);
    sample[v] = {fields: a.fields, plainRows: a.rows, tunedRows: b.rows};
  }
});
after(async () => { await plain?.end(); await tuned?.end(); });

// The first non-NULL value of a column in the sample.
const first = (rows, name) => rows.map((r) => r[name]).find((x) => x !== null && x !== undefined);
const scaleOf = (mod) => (mod - 4) & 0xffff;

test("every view column is text, date, integer, bigint, boolean or numeric(p,s)", () => {
  const allowed = new Set([builtins.TEXT, builtins.DATE, builtins.INT4, builtins.INT8, builtins.BOOL, builtins.NUMERIC]);
  for (const v of VIEWS) {
    for (const f of sample[v].fields) {
      assert.ok(allowed.has(f.dataTypeID), `${v}.${f.name} has type oid ${f.dataTypeID}`);
      if (f.dataTypeID === builtins.NUMERIC && !BARE_NUMERIC.has(`${v}.${f.name}`)) {
        assert.notEqual(f.dataTypeModifier, -1, `${v}.${f.name} is numeric without precision and scale`);
      }
    }
  }
});

test("node-postgres defaults: integer and boolean as they are, numeric and bigint as strings, date as local midnight", () => {
  const seen = new Set();
  for (const v of VIEWS) {
    for (const f of sample[v].fields) {
      const x = first(sample[v].plainRows, f.name);
      if (x === undefined) continue;
      seen.add(f.dataTypeID);
      const where = `${v}.${f.name}`;
      switch (f.dataTypeID) {
        case builtins.INT4: assert.equal(typeof x, "number", where); assert.ok(Number.isInteger(x), where); break;
        case builtins.BOOL: assert.equal(typeof x, "boolean", where); break;
        case builtins.TEXT: assert.equal(typeof x, "string", where); break;
        case builtins.INT8: assert.match(x, /^-?\d+$/, where); break;
        case builtins.NUMERIC:
          // numeric(p,s) arrives as text with exactly s decimals
          assert.equal(typeof x, "string", where);
          if (f.dataTypeModifier !== -1) {
            const s = scaleOf(f.dataTypeModifier);
            assert.match(x, s ? new RegExp(`^-?\\d+\\.\\d{${s}}$`) : /^-?\d+$/, where);
          }
          break;
        case builtins.DATE:
          assert.ok(x instanceof Date, where);
          assert.deepEqual([x.getHours(), x.getMinutes()], [0, 0], `${where} is local midnight`);
          break;
      }
    }
  }
  // The model's sample holds every type the table allows.
  for (const t of ["INT4", "INT8", "BOOL", "TEXT", "NUMERIC", "DATE"]) assert.ok(seen.has(builtins[t]), `no ${t} value seen`);
});

test("with lib/db.js's settings: numeric and bigint as numbers, date as its ISO text", () => {
  for (const v of VIEWS) {
    for (const f of sample[v].fields) {
      const x = first(sample[v].tunedRows, f.name);
      const y = first(sample[v].plainRows, f.name);
      if (x === undefined) continue;
      const where = `${v}.${f.name}`;
      if (f.dataTypeID === builtins.NUMERIC || f.dataTypeID === builtins.INT8) {
        assert.equal(typeof x, "number", where);
        assert.equal(x, Number(y), where);
      } else if (f.dataTypeID === builtins.DATE) {
        assert.match(x, /^\d{4}-\d{2}-\d{2}$/, where);
        // the same calendar day as the default's local-midnight Date
        const local = `${y.getFullYear()}-${String(y.getMonth() + 1).padStart(2, "0")}-${String(y.getDate()).padStart(2, "0")}`;
        assert.equal(x, local, where);
      }
    }
  }
});

test("a summer date read with the defaults is a day early once written as UTC (JSON)", async () => {
  const q = "SELECT date '2026-06-01' AS d";
  const {rows: [a]} = await plain.query(q);
  const {rows: [b]} = await tuned.query(q);
  assert.equal(JSON.stringify(a.d), '"2026-05-31T23:00:00.000Z"');   // BST is UTC+1
  assert.equal(b.d, "2026-06-01");
});

// node-postgres for the data loaders: one query, rows to stdout as JSON.
// Connection from the libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER,
// PGPASSWORD); the reporting model's schema from TTG_SCHEMA (default probation).
import pg from "pg";

// The driver settings a dashboard needs (see the README's driver table), per
// client: numeric arrives as a string unless parsed, bigint too; a date would
// become a Date at local midnight (a day early in UTC in summer), so it stays
// its ISO text and the page reads it as UTC.
const {builtins} = pg.types;
const parsers = {
  [builtins.NUMERIC]: (v) => parseFloat(v),
  [builtins.INT8]: (v) => parseInt(v, 10),
  [builtins.DATE]: (v) => v
};
export const ttgTypes = {
  getTypeParser: (oid, format) => (format === "text" && parsers[oid]) || pg.types.getTypeParser(oid, format)
};

export async function rows(sql) {
  const client = new pg.Client({application_name: "ttg-dashboard", types: ttgTypes});
  await client.connect();
  try {
    const schema = client.escapeIdentifier(process.env.TTG_SCHEMA || "probation");
    const {rows} = await client.query(sql.replaceAll("@s@", schema));
    return rows;
  } finally {
    await client.end();
  }
}

export async function emit(sql) {
  process.stdout.write(JSON.stringify(await rows(sql)));
}

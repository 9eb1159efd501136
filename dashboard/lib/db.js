// node-postgres for the data loaders: one query, rows to stdout as JSON.
// Connection from the libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER,
// PGPASSWORD); the reporting model's schema from TTG_SCHEMA (default probation).
import pg from "pg";

// The driver settings a dashboard needs (see the README's driver table):
// numeric arrives as a string unless parsed; bigint too; a date would become a
// local-midnight Date, so keep it as its ISO text and let the page read it as UTC.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => parseFloat(v));
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => parseInt(v, 10));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export async function rows(sql) {
  const client = new pg.Client({application_name: "ttg-dashboard"});
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

# What psycopg2 and psqlODBC (through pyodbc) report for some view columns; run by bi_drivers.sh
# inside a throwaway cluster holding a model in schema p.
import os, psycopg2, pyodbc
c = psycopg2.connect("")
cur = c.cursor()
for v in ["mcs_team_month", "resettlement_share", "upw_travel", "ttg_pipeline"]:
    cur.execute(f"SELECT * FROM p.{v} LIMIT 1"); row = cur.fetchone()
    for d, x in zip(cur.description, row):
        print(f"psycopg2 {v}.{d.name} type_code={d.type_code} precision={d.precision} scale={d.scale} py={type(x).__name__}")
for opts in ["", "BoolsAsChar=0;"]:
    cs = (f"Driver={{PostgreSQL Unicode}};Server={os.environ['PGHOST']};Port={os.environ['PGPORT']};"
          f"Database={os.environ['PGDATABASE']};Uid={os.environ['PGUSER']};Pwd={os.environ['PGPASSWORD']};{opts}")
    o = pyodbc.connect(cs); oc = o.cursor()
    for v in ["mcs_team_month", "resettlement_share", "upw_travel"]:
        oc.execute(f"SELECT * FROM p.{v} LIMIT 1"); row = oc.fetchone()
        for d, x in zip(oc.description, row):
            print(f"odbc[{opts}] {v}.{d[0]} type={d[1].__name__} size={d[3]} precision={d[4]} scale={d[5]} py={type(x).__name__} val={x!r}")
    for col in oc.columns(table="resettlement_share", schema="p"):
        print(f"odbc[{opts}] SQLColumns {col.column_name} type_name={col.type_name} data_type={col.data_type} column_size={col.column_size} decimal_digits={col.decimal_digits} remarks={col.remarks!r}")

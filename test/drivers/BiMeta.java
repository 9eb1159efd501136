// What pgJDBC reports for some view columns (types, precision, scale, REMARKS); run by bi_drivers.sh.
import java.sql.*;
public class BiMeta {
  public static void main(String[] a) throws Exception {
    String url = "jdbc:postgresql://" + System.getenv("PGHOST") + ":" + System.getenv("PGPORT") + "/" + System.getenv("PGDATABASE");
    try (Connection c = DriverManager.getConnection(url, System.getenv("PGUSER"), System.getenv("PGPASSWORD"))) {
      for (String v : new String[]{"mcs_team_month", "resettlement_share", "upw_travel", "ttg_pipeline"}) {
        ResultSet rs = c.createStatement().executeQuery("SELECT * FROM p." + v + " LIMIT 1");
        ResultSetMetaData m = rs.getMetaData(); rs.next();
        for (int i = 1; i <= m.getColumnCount(); i++) {
          Object o = rs.getObject(i);
          System.out.printf("jdbc %s.%s type=%d/%s prec=%d scale=%d class=%s%n", v, m.getColumnName(i), m.getColumnType(i),
            m.getColumnTypeName(i), m.getPrecision(i), m.getScale(i), o == null ? "null" : o.getClass().getSimpleName());
        }
      }
      ResultSet r = c.getMetaData().getColumns(null, "p", "resettlement_share", "share_percent");
      while (r.next()) System.out.println("jdbc REMARKS=" + r.getString("REMARKS") + " COLUMN_SIZE=" + r.getInt("COLUMN_SIZE") + " DECIMAL_DIGITS=" + r.getInt("DECIMAL_DIGITS"));
    }
  }
}

package app.atrium.billing.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A CSV file as spreadsheets open it: UTF-8 with a byte order mark (so Excel reads Cyrillic right),
 * CRLF line ends, fields quoted when they hold the separator, a quote or a line break (quotes
 * doubled, RFC 4180), amounts with a decimal point and no grouping, dates as yyyy-MM-dd. Text that
 * a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
public final class Csv {

  private final char separator;
  private final StringBuilder out = new StringBuilder("\uFEFF");

  public Csv(char separator) {
    if (separator != ',' && separator != ';') {
      throw new IllegalArgumentException("separator must be , or ;");
    }
    this.separator = separator;
  }

  /** Appends one record; values are text, numbers, dates or null (an empty field). */
  public Csv row(List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) out.append(separator);
      out.append(field(values.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  public Csv row(Object... values) {
    return row(java.util.Arrays.asList(values));
  }

  public byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return out.toString();
  }

  String field(Object v) {
    String s =
        switch (v) {
          case null -> "";
          case BigDecimal d -> d.toPlainString();
          case Number n -> n.toString();
          case LocalDate d -> d.toString();
          case YearMonth m -> m.toString();
          case Enum<?> e -> e.name();
          default -> text(v.toString());
        };
    boolean quote =
        s.indexOf(separator) >= 0
            || s.indexOf('"') >= 0
            || s.indexOf('\n') >= 0
            || s.indexOf('\r') >= 0
            || (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '));
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  private static String text(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) return "'" + s;
    return s;
  }
}

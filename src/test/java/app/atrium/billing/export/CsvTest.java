package app.atrium.billing.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void starts_with_a_byte_order_mark_and_ends_lines_with_crlf() {
    byte[] b = new Csv(',').row("a", "b").row("c", "d").bytes();
    assertThat(b[0]).isEqualTo((byte) 0xEF);
    assertThat(b[1]).isEqualTo((byte) 0xBB);
    assertThat(b[2]).isEqualTo((byte) 0xBF);
    assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b\r\nc,d\r\n");
  }

  @Test
  void quotes_what_holds_the_separator_a_quote_or_a_line_break() {
    Csv csv = new Csv(',');
    assertThat(csv.field("ТОО «Ромашка», Алматы")).isEqualTo("\"ТОО «Ромашка», Алматы\"");
    assertThat(csv.field("6\" pipe")).isEqualTo("\"6\"\" pipe\"");
    assertThat(csv.field("line one\nline two")).isEqualTo("\"line one\nline two\"");
    assertThat(csv.field(" padded")).isEqualTo("\" padded\"");
    assertThat(csv.field("plain")).isEqualTo("plain");
    assertThat(csv.field(null)).isEmpty();
    assertThat(new Csv(';').field("a,b")).isEqualTo("a,b");
    assertThat(new Csv(';').field("a;b")).isEqualTo("\"a;b\"");
  }

  @Test
  void writes_amounts_with_a_decimal_point_and_dates_in_iso_form() {
    Csv csv = new Csv(',');
    assertThat(csv.field(new BigDecimal("96300.00"))).isEqualTo("96300.00");
    assertThat(csv.field(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(csv.field(new BigDecimal("-900.50"))).isEqualTo("-900.50");
    assertThat(csv.field(LocalDate.of(2027, 2, 1))).isEqualTo("2027-02-01");
    assertThat(csv.field(YearMonth.of(2027, 2))).isEqualTo("2027-02");
  }

  @Test
  void defuses_text_that_a_spreadsheet_would_run_as_a_formula() {
    Csv csv = new Csv(',');
    assertThat(csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(csv.field("+7 701")).isEqualTo("'+7 701");
    assertThat(csv.field("@home")).isEqualTo("'@home");
  }
}

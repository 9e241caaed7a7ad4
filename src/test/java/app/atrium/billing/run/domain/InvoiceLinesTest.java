package app.atrium.billing.run.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.billing.LineKind;
import app.atrium.billing.Payer;
import app.atrium.billing.run.PendingCharge;
import app.atrium.billing.run.domain.PayerMonth.FeeAdjustment;
import app.atrium.billing.run.domain.PayerMonth.MonthCharge;
import app.atrium.booking.BookingCharge;
import app.atrium.plans.DayPassSale;
import app.atrium.plans.MonthFee;
import app.atrium.plans.domain.Days;
import app.atrium.plans.domain.Fee;
import app.atrium.plans.domain.FeeLine;
import app.atrium.platform.money.Money;
import app.atrium.services.AddOnUnit;
import app.atrium.services.ServiceUsage;
import app.atrium.services.UsageLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The invoice lines of a payer, as plain functions: aggregation, late usage, credits, edges. */
class InvoiceLinesTest {

  static final Currency KZT = Currency.getInstance("KZT");
  static final YearMonth FEB = YearMonth.of(2028, 2); // a leap year: 29 days
  static final YearMonth JAN = FEB.minusMonths(1);
  static final UUID ASEL = UUID.randomUUID();
  static final UUID TIMUR = UUID.randomUUID();
  static final UUID COMPANY = UUID.randomUUID();
  static final UUID PRINTING = UUID.randomUUID();
  static final UUID COFFEE = UUID.randomUUID();

  static final Labels EN =
      new Labels() {
        @Override
        public String text(String key, Object... args) {
          return switch (key) {
            case "billingrun.line.membership" -> "Membership «%s» — %s".formatted(args);
            case "billingrun.line.membershipDays" ->
                "Membership «%s» — %s, %s of %s days".formatted(args);
            case "billingrun.line.freezeCredit" -> "Credit «%s» — %s".formatted(args);
            case "billingrun.line.roomOverage" -> "Meeting room (over the included hours)";
            case "billingrun.line.late" -> "%s — late usage of %s".formatted(args);
            case "billingrun.line.dayPass" -> "Day pass «%s» — %s: %s".formatted(args);
            case "billingrun.line.discountPercent" -> "%s (%s %%)".formatted(args);
            case "billingrun.line.overIncluded.PAGE" ->
                "%s (over the included pages)".formatted(args);
            default -> key.substring(key.lastIndexOf('.') + 1);
          };
        }

        @Override
        public String month(YearMonth month) {
          return month.getMonth().toString();
        }

        @Override
        public String monthYear(YearMonth month) {
          return month.toString();
        }
      };

  @Test
  void roomHoursSumUpPerMemberAndEachUsageIsLinked() {
    var lines =
        InvoiceLines.of(
            month(
                Payer.member(ASEL),
                List.of(),
                List.of(),
                List.of(room(ASEL, JAN, "3", "2", "4000"), room(ASEL, JAN, "2", "0", "8000")),
                List.of()),
            EN,
            KZT);
    assertThat(lines).hasSize(1);
    var l = lines.getFirst();
    assertThat(l.line().kind()).isEqualTo(LineKind.ROOM_OVERAGE);
    assertThat(l.line().quantity()).isEqualByComparingTo("3");
    assertThat(l.line().amount()).isEqualByComparingTo("12000");
    assertThat(l.line().unitPrice()).isEqualByComparingTo("4000");
    assertThat(l.line().usagePeriod()).isEqualTo(JAN);
    assertThat(l.sources()).hasSize(2);
    assertThat(l.line().sourceId()).isNull(); // many sources: the link table names them
  }

  @Test
  void includedUsageIsLeftOutAndPrintingSaysOverTheIncludedPages() {
    var lines =
        InvoiceLines.of(
            month(
                Payer.member(ASEL),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                    usage(ASEL, PRINTING, "Printing", JAN, "100", "100", "0", "20", "0"),
                    usage(ASEL, COFFEE, "Coffee", JAN, "5", "5", "0", "0", "0"),
                    usage(ASEL, PRINTING, "Printing", JAN, "45", "0", "45", "20", "900"))),
            EN,
            KZT);
    assertThat(lines).hasSize(1);
    assertThat(lines.getFirst().line().description())
        .isEqualTo("Printing (over the included pages)");
    assertThat(lines.getFirst().line().quantity()).isEqualByComparingTo("45");
    assertThat(lines.getFirst().line().amount()).isEqualByComparingTo("900");
    assertThat(lines.getFirst().sources()).hasSize(1);
  }

  @Test
  void usageOfAnEarlierMonthIsLateUsageOfThatMonth() {
    YearMonth dec = JAN.minusMonths(1);
    var lines =
        InvoiceLines.of(
            month(
                Payer.member(ASEL),
                List.of(),
                List.of(),
                List.of(room(ASEL, dec, "1", "0", "5000")),
                List.of(usage(ASEL, COFFEE, "Premium coffee", dec, "2", "0", "2", "300", "600"))),
            EN,
            KZT);
    assertThat(lines).extracting(l -> l.line().kind()).containsOnly(LineKind.LATE_USAGE);
    assertThat(lines).extracting(l -> l.line().usagePeriod()).containsOnly(dec);
    assertThat(lines.get(1).line().description())
        .isEqualTo("Premium coffee — late usage of " + dec);
  }

  @Test
  void aProratedStartInALeapFebruaryReadsItsDays() {
    // Starts on 15 February 2028: 15 of 29 days of 85 000 = 43 965.517… → 43 965.52.
    Money amount = Money.of(new BigDecimal("85000"), KZT).prorated(15, 29);
    var fee =
        new MonthFee(
            UUID.randomUUID(),
            ASEL,
            new Fee(
                FEB,
                List.of(
                    new FeeLine(
                        FeeLine.Kind.MEMBERSHIP,
                        UUID.randomUUID(),
                        "Resident",
                        Days.of(LocalDate.of(2028, 2, 15), LocalDate.of(2028, 2, 29)),
                        15,
                        29,
                        Money.of(new BigDecimal("85000"), KZT),
                        1,
                        amount)),
                amount));
    var lines =
        InvoiceLines.of(
            month(Payer.member(ASEL), List.of(fee), List.of(), List.of(), List.of()), EN, KZT);
    var l = lines.getFirst().line();
    assertThat(l.description()).isEqualTo("Membership «Resident» — FEBRUARY, 15 of 29 days");
    assertThat(l.amount()).isEqualByComparingTo("43965.52");
    assertThat(l.quantity()).isEqualByComparingTo("15");
    assertThat(l.sourceType()).isEqualTo("membership");
  }

  @Test
  void aFreezeCreditNeverTakesTheInvoiceBelowZero() {
    var credit =
        new FeeAdjustment(
            UUID.randomUUID(), ASEL, "Resident", JAN, new BigDecimal("85000"), BigDecimal.ZERO);
    var lines =
        InvoiceLines.of(
            month(
                Payer.member(ASEL),
                List.of(),
                List.of(credit),
                List.of(),
                List.of(usage(ASEL, COFFEE, "Premium coffee", JAN, "2", "0", "2", "300", "600"))),
            EN,
            KZT);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1).line().kind()).isEqualTo(LineKind.FREEZE_CREDIT);
    assertThat(lines.get(1).line().amount()).isEqualByComparingTo("-600");
    assertThat(InvoiceLines.sum(lines)).isEqualByComparingTo("0");
  }

  @Test
  void aFreezeThatFitsIsCreditedInFullOnTheNextInvoice() {
    var credit =
        new FeeAdjustment(
            UUID.randomUUID(),
            ASEL,
            "Resident",
            JAN,
            new BigDecimal("85000"),
            new BigDecimal("57580.65"));
    var lines =
        InvoiceLines.of(
            month(
                Payer.member(ASEL),
                List.of(),
                List.of(credit),
                List.of(room(ASEL, JAN, "10", "0", "50000")),
                List.of()),
            EN,
            KZT);
    assertThat(lines.getLast().line().amount()).isEqualByComparingTo("-27419.35");
    assertThat(lines.getLast().line().usagePeriod()).isEqualTo(JAN);
    assertThat(InvoiceLines.sum(lines)).isEqualByComparingTo("22580.65");
  }

  @Test
  void aCompanyInvoiceNamesWhoseLineItIs() {
    var lines =
        InvoiceLines.of(
            new PayerMonth(
                Payer.company(COMPANY),
                FEB,
                Map.of(ASEL, "Asel N", TIMUR, "Timur K"),
                List.of(),
                List.of(),
                List.of(room(ASEL, JAN, "2", "1", "4000"), room(TIMUR, JAN, "1", "0", "4000")),
                List.of()),
            EN,
            KZT);
    assertThat(lines)
        .extracting(l -> l.line().description())
        .containsExactly(
            "Meeting room (over the included hours) — Asel N",
            "Meeting room (over the included hours) — Timur K");
  }

  @Test
  void aCorrectionBelowWhatIsChargedWaitsForTheNextInvoice() {
    var lines =
        InvoiceLines.of(
            month(
                Payer.member(ASEL),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                    usage(ASEL, COFFEE, "Premium coffee", JAN, "-2", "0", "-2", "300", "-600"))),
            EN,
            KZT);
    assertThat(lines).isEmpty();
  }

  @Test
  void aPercentDiscountIsOfTheFeesRoundedHalfUpAndAFixedOneThatDoesNotFitWaits() {
    // 12.5 % of 45 000.15 = 5 625.01875 → 5 625.02; 50 000 off would go below zero: it waits.
    Money fee = Money.of(new BigDecimal("45000.15"), KZT);
    var flex =
        new MonthFee(
            UUID.randomUUID(),
            ASEL,
            new Fee(
                FEB,
                List.of(
                    new FeeLine(
                        FeeLine.Kind.MEMBERSHIP,
                        UUID.randomUUID(),
                        "Flex",
                        Days.of(FEB),
                        29,
                        29,
                        fee,
                        1,
                        fee)),
                fee));
    var percent = charge(PendingCharge.Kind.DISCOUNT, null, "12.5");
    var tooBig = charge(PendingCharge.Kind.DISCOUNT, "50000", null);
    var oneOff = charge(PendingCharge.Kind.ONE_OFF, "2000", null);
    var lines =
        InvoiceLines.of(
            new PayerMonth(
                Payer.member(ASEL),
                FEB,
                Map.of(),
                List.of(flex),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(percent, tooBig, oneOff)),
            EN,
            KZT);
    assertThat(lines)
        .extracting(l -> l.line().kind() + " " + l.line().amount().toPlainString())
        .containsExactly("MEMBERSHIP 45000.15", "ONE_OFF 2000.00", "DISCOUNT -5625.02");
    assertThat(lines.get(2).sources()).containsExactly(percent.id());
    assertThat(lines.get(2).line().description()).isEqualTo("Referral (12.5 %)");
  }

  @Test
  void dayPassesOfAMonthAreOneLineListingTheirDaysAndLinkingEachPass() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    var passes =
        List.of(
            new DayPassSale(first, ASEL, LocalDate.of(2028, 1, 12), "Day", new BigDecimal("5000")),
            new DayPassSale(
                second, ASEL, LocalDate.of(2028, 1, 19), "Day", new BigDecimal("5000")));
    var lines =
        InvoiceLines.of(
            new PayerMonth(
                Payer.member(ASEL),
                FEB,
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                passes,
                List.of()),
            EN,
            KZT);
    var l = lines.getFirst();
    assertThat(l.line().description()).isEqualTo("Day pass «Day» — 2028-01: 12, 19");
    assertThat(l.line().quantity()).isEqualByComparingTo("2");
    assertThat(l.line().amount()).isEqualByComparingTo("10000");
    assertThat(l.line().usagePeriod()).isEqualTo(JAN);
    assertThat(l.sourceType()).isEqualTo("day_pass");
    assertThat(l.sources()).containsExactly(first, second);
  }

  private static PendingCharge charge(PendingCharge.Kind kind, String amount, String percent) {
    return new PendingCharge(
        UUID.randomUUID(),
        ASEL,
        null,
        kind,
        kind == PendingCharge.Kind.ONE_OFF ? "Key card" : "Referral",
        amount == null ? null : new BigDecimal(amount),
        percent == null ? null : new BigDecimal(percent),
        FEB,
        Instant.EPOCH,
        "test",
        null,
        null,
        null);
  }

  private static PayerMonth month(
      Payer payer,
      List<MonthFee> fees,
      List<FeeAdjustment> adjustments,
      List<MonthCharge> bookings,
      List<UsageLine> usage) {
    return new PayerMonth(payer, FEB, Map.of(), fees, adjustments, bookings, usage);
  }

  private static MonthCharge room(
      UUID member, YearMonth month, String hours, String included, String amount) {
    Instant start = month.atDay(10).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    return new MonthCharge(
        month,
        new BookingCharge(
            UUID.randomUUID(),
            member,
            UUID.randomUUID(),
            "Room A",
            true,
            start,
            start.plusSeconds(3600),
            new BigDecimal(hours),
            new BigDecimal(included),
            new BigDecimal(amount),
            "KZT",
            false));
  }

  private static UsageLine usage(
      UUID member,
      UUID service,
      String name,
      YearMonth month,
      String qty,
      String included,
      String paid,
      String price,
      String amount) {
    return new UsageLine(
        UUID.randomUUID(),
        member,
        service,
        name.toUpperCase(),
        name,
        service == PRINTING ? AddOnUnit.PAGE : AddOnUnit.PIECE,
        month,
        new BigDecimal(qty),
        new BigDecimal(included),
        new BigDecimal(paid),
        new BigDecimal(price),
        new BigDecimal(amount),
        "KZT",
        month.atDay(5).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
        month.atDay(5).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
        amount.startsWith("-") ? UUID.randomUUID() : null,
        null,
        ServiceUsage.Source.STAFF);
  }

  static List<String> unused() {
    return new ArrayList<>();
  }
}

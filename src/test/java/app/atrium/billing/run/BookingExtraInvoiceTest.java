package app.atrium.billing.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A projector ticked on a January booking is billed on the invoice of 1 February as a booking
 * extra, once: not in the booking's price (the room hour was included), and not at all for the
 * booking cancelled in time.
 */
class BookingExtraInvoiceTest extends InvoiceRunFixture {

  @Test
  void a_projector_booked_with_a_room_is_billed_as_a_booking_extra_of_2000() throws Exception {
    coworking();
    postJson(
        "/api/v1/services",
        Map.of(
            "code",
            "PROJECTOR",
            "name",
            "Projector",
            "unit",
            "BOOKING",
            "price",
            2000,
            "bookingExtra",
            true));
    UUID asel = resident("Asel", LocalDate.of(2027, 1, 1));
    clock.setInstant(at(LocalDate.of(2027, 1, 4), 8));
    bookWithProjector(asel, LocalDate.of(2027, 1, 5));
    JsonNode cancelled = bookWithProjector(asel, LocalDate.of(2027, 1, 6));
    postJson("/api/v1/bookings/" + cancelled.get("id").asText() + "/cancel", Map.of());

    clock.setInstant(at(LocalDate.of(2027, 2, 1), 6.5));
    JsonNode run = run("2027-02");

    assertThat(run.get("status").asText()).isEqualTo("DONE");
    JsonNode page = getJson("/api/v1/invoices?memberId=" + asel + "&period=2027-02");
    JsonNode invoice = getJson("/api/v1/invoices/" + page.get("items").get(0).get("id").asText());
    JsonNode lines = invoice.get("lines");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("kind").asText()).isEqualTo("MEMBERSHIP");
    JsonNode extra = lines.get(1);
    assertThat(extra.get("kind").asText()).isEqualTo("BOOKING_EXTRA");
    assertThat(extra.get("description").asText()).isEqualTo("Projector");
    assertThat(extra.get("quantity").decimalValue()).isEqualByComparingTo("1");
    assertThat(extra.get("unitPrice").decimalValue()).isEqualByComparingTo("2000");
    assertThat(extra.get("amount").decimalValue()).isEqualByComparingTo("2000");
    assertThat(extra.get("usagePeriod").asText()).isEqualTo("2027-01");
    assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("87000");
  }

  private JsonNode bookWithProjector(UUID member, LocalDate day) throws Exception {
    return postJson(
        "/api/v1/bookings",
        Map.of(
            "resourceId",
            room,
            "memberId",
            member,
            "start",
            at(day, 10).toString(),
            "end",
            at(day, 11).toString(),
            "extras",
            List.of(Map.of("serviceCode", "PROJECTOR", "quantity", 1))));
  }
}

package app.atrium.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.support.TestTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CompositeResourcesTests extends SpacesApiTest {

  @Test
  void a_composite_occupies_the_units_of_its_parts() {
    var t = newTenant();
    var s = setUp(t);

    var zone = postJson(t, "/api/v1/resources", composite(t, "Event zone", s.hallA, s.hallB));

    assertThat(zone.status()).as(zone.toString()).isEqualTo(201);
    var union = new ArrayList<String>();
    union.addAll(texts(s.hallA.get("unitIds")));
    union.addAll(texts(s.hallB.get("unitIds")));
    assertThat(texts(zone.body().get("unitIds"))).isEqualTo(union);
    assertThat(zone.body().get("units").asInt()).isEqualTo(2);
    assertThat(texts(zone.body().get("parts"), "name")).containsExactly("Hall A", "Hall B");
    var hallA = getJson(t, "/api/v1/resources/" + s.hallA.get("id").asText()).body();
    assertThat(texts(hallA.get("partOf"), "name")).containsExactly("Event zone");
    assertThat(
            inTenant(
                t.tenantId(),
                () ->
                    spaces.unitsOf(UUID.fromString(zone.body().get("id").asText())).stream()
                        .map(UUID::toString)
                        .toList()))
        .isEqualTo(union);
  }

  @Test
  void a_composite_as_read_can_be_put_back_but_not_with_another_unit_count() {
    var t = newTenant();
    var s = setUp(t);
    var zone = resource(t, composite(t, "Event zone", s.hallA, s.hallB));
    String id = zone.get("id").asText();
    var echo = (tools.jackson.databind.node.ObjectNode) zone.deepCopy();
    echo.remove("id");

    var same = putJson(t, "/api/v1/resources/" + id, echo.toString());
    echo.put("units", 5);
    var other = putJson(t, "/api/v1/resources/" + id, echo.toString());

    assertThat(same.status()).as(same.toString()).isEqualTo(200);
    assertThat(same.body()).isEqualTo(zone);
    assertProblem(other, 422, "units");
  }

  @Test
  void archiving_a_part_through_a_status_in_the_body_is_blocked_by_its_composite() {
    var t = newTenant();
    var s = setUp(t);
    resource(t, composite(t, "Event zone", s.hallA, s.hallB));
    var body = resourceBody(t.locationId(), s.halls, "Hall A");
    body.put("status", "ARCHIVED");

    var answer = putJson(t, "/api/v1/resources/" + s.hallA.get("id").asText(), body);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.body().get("detail").asText()).contains("'Event zone'");
  }

  @Test
  void refuses_a_capacity_part() {
    var t = newTenant();
    var s = setUp(t);
    var body = resourceBody(t.locationId(), s.desks, "Open space");
    body.put("units", 10);
    var openSpace = resource(t, body);

    assertProblem(
        postJson(t, "/api/v1/resources", composite(t, "Zone", s.hallA, openSpace)),
        422,
        "partIds[1]");
    assertThat(names(t)).doesNotContain("Zone");
  }

  @Test
  void refuses_a_composite_made_of_another_composite() {
    var t = newTenant();
    var s = setUp(t);
    var hallC = room(t, s.halls, "Hall C");
    var zone = resource(t, composite(t, "Event zone", s.hallA, s.hallB));

    assertProblem(
        postJson(t, "/api/v1/resources", composite(t, "Mega zone", zone, hallC)),
        422,
        "partIds[0]");
    assertThat(names(t)).doesNotContain("Mega zone");
  }

  @Test
  void refuses_a_composite_made_of_itself() {
    var t = newTenant();
    var s = setUp(t);
    var zone = resource(t, composite(t, "Event zone", s.hallA, s.hallB));
    var body = composite(t, "Event zone", s.hallA, s.hallB);
    body.put("partIds", List.of(s.hallA.get("id").asText(), zone.get("id").asText()));

    assertProblem(
        putJson(t, "/api/v1/resources/" + zone.get("id").asText(), body), 422, "partIds[1]");
    assertThat(getJson(t, "/api/v1/resources/" + zone.get("id").asText()).body()).isEqualTo(zone);
  }

  @Test
  void refuses_a_part_at_another_location() {
    var t = newTenant();
    var s = setUp(t);
    var site =
        postJson(t, "/api/v1/locations", Map.of("name", "Second", "timeZone", "Asia/Almaty"));
    var far =
        resource(
            t, resourceBody(UUID.fromString(site.body().get("id").asText()), s.halls, "Far hall"));

    assertProblem(
        postJson(t, "/api/v1/resources", composite(t, "Zone", s.hallA, far)), 422, "partIds[1]");
  }

  @Test
  void refuses_an_archived_part_fewer_than_two_parts_and_a_part_of_another_coworking() {
    var t = newTenant();
    var other = newTenant();
    var s = setUp(t);
    UUID theirHalls = type(other, "hall", "EXCLUSIVE");
    var theirHall = room(other, theirHalls, "Their hall");
    var hallC = room(t, s.halls, "Hall C");
    deleteJson(t, "/api/v1/resources/" + hallC.get("id").asText());
    var one = composite(t, "Zone", s.hallA, s.hallB);
    one.put("partIds", List.of(s.hallA.get("id").asText()));

    assertProblem(
        postJson(t, "/api/v1/resources", composite(t, "Zone", s.hallA, hallC)), 422, "partIds[1]");
    assertProblem(postJson(t, "/api/v1/resources", one), 422, "partIds");
    assertProblem(
        postJson(t, "/api/v1/resources", composite(t, "Zone", s.hallA, theirHall)),
        422,
        "partIds[1]");
    assertThat(names(t)).doesNotContain("Zone");
  }

  @Test
  void an_active_composite_blocks_archiving_its_part_and_says_which() {
    var t = newTenant();
    var s = setUp(t);
    var zone = resource(t, composite(t, "Event zone", s.hallA, s.hallB));
    String hallA = s.hallA.get("id").asText();

    var refused = deleteJson(t, "/api/v1/resources/" + hallA);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().get("type").asText()).endsWith("/part-of-composite");
    assertThat(refused.body().get("detail").asText()).contains("Event zone");
    assertThat(getJson(t, "/api/v1/resources/" + hallA).body().get("status").asText())
        .isEqualTo("ACTIVE");

    assertThat(deleteJson(t, "/api/v1/resources/" + zone.get("id").asText()).status())
        .isEqualTo(200);
    assertThat(deleteJson(t, "/api/v1/resources/" + hallA).status()).isEqualTo(200);
    var restore = postJson(t, "/api/v1/resources/" + zone.get("id").asText() + "/restore", "");
    assertThat(restore.status()).isEqualTo(422);
    assertThat(restore.problemField()).isEqualTo("partIds[0]");
  }

  @Test
  void changing_the_parts_changes_the_units_of_the_composite() {
    var t = newTenant();
    var s = setUp(t);
    var hallC = room(t, s.halls, "Hall C");
    var zone = resource(t, composite(t, "Event zone", s.hallA, s.hallB));

    var changed =
        putJson(
            t,
            "/api/v1/resources/" + zone.get("id").asText(),
            composite(t, "Event zone", s.hallB, hallC));

    assertThat(changed.status()).isEqualTo(200);
    var expected = new ArrayList<String>(texts(s.hallB.get("unitIds")));
    expected.addAll(texts(hallC.get("unitIds")));
    assertThat(texts(changed.body().get("unitIds"))).isEqualTo(expected);
    assertThat(
            getJson(t, "/api/v1/resources/" + s.hallA.get("id").asText())
                .body()
                .get("partOf")
                .size())
        .isZero();
  }

  @Test
  void a_part_cannot_move_to_another_location_while_in_a_composite() {
    var t = newTenant();
    var s = setUp(t);
    resource(t, composite(t, "Event zone", s.hallA, s.hallB));
    var site =
        postJson(t, "/api/v1/locations", Map.of("name", "Second", "timeZone", "Asia/Almaty"));
    var moved = resourceBody(UUID.fromString(site.body().get("id").asText()), s.halls, "Hall A");

    var answer = putJson(t, "/api/v1/resources/" + s.hallA.get("id").asText(), moved);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.problemField()).isEqualTo("locationId");
  }

  @org.springframework.beans.factory.annotation.Autowired Resources spaces;

  private record Setup(UUID halls, UUID zones, UUID desks, JsonNode hallA, JsonNode hallB) {}

  private Setup setUp(TestTenant t) {
    UUID halls = type(t, "hall", "EXCLUSIVE");
    UUID zones = type(t, "event-zone", "COMPOSITE");
    UUID desks = type(t, "desk", "CAPACITY");
    return new Setup(halls, zones, desks, room(t, halls, "Hall A"), room(t, halls, "Hall B"));
  }

  private java.util.Map<String, Object> composite(TestTenant t, String name, JsonNode... parts) {
    UUID zones =
        UUID.fromString(
            getJson(t, "/api/v1/resource-types")
                .body()
                .valueStream()
                .filter(n -> n.get("kind").asText().equals("COMPOSITE"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asText());
    var body = resourceBody(t.locationId(), zones, name);
    body.put("partIds", java.util.Arrays.stream(parts).map(p -> p.get("id").asText()).toList());
    return body;
  }

  private List<String> names(TestTenant t) {
    return texts(getJson(t, "/api/v1/resources").body(), "name");
  }
}

package app.atrium.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourcesApiTests extends SpacesApiTest {

  @Test
  void creates_an_exclusive_room_with_exactly_one_unit() {
    var t = newTenant();
    UUID roomType = type(t, "meeting-room", "EXCLUSIVE");
    var body = resourceBody(t.locationId(), roomType, "Meeting room M");
    body.put("seats", 8);
    body.put("zone", "Floor 1");
    body.put("description", "Next to the kitchen");
    body.put("amenities", List.of("TV", "Whiteboard", " Video conferencing ", "tv"));

    var created = postJson(t, "/api/v1/resources", body);

    assertThat(created.status()).isEqualTo(201);
    var r = created.body();
    assertThat(r.get("name").asText()).isEqualTo("Meeting room M");
    assertThat(r.get("kind").asText()).isEqualTo("EXCLUSIVE");
    assertThat(r.get("typeName").asText()).isEqualTo("Type meeting-room");
    assertThat(r.get("locationId").asText()).isEqualTo(t.locationId().toString());
    assertThat(r.get("seats").asInt()).isEqualTo(8);
    assertThat(r.get("zone").asText()).isEqualTo("Floor 1");
    assertThat(r.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(texts(r.get("amenities"))).containsExactly("TV", "Whiteboard", "Video conferencing");
    assertThat(r.get("units").asInt()).isEqualTo(1);
    assertThat(r.get("unitIds").size()).isEqualTo(1);
    assertThat(getJson(t, "/api/v1/resources/" + r.get("id").asText()).body()).isEqualTo(r);
  }

  @Test
  void a_capacity_resource_has_as_many_labelled_units_as_asked() {
    var t = newTenant();
    UUID desks = type(t, "hot-desk", "CAPACITY");
    var body = resourceBody(t.locationId(), desks, "Open space");
    body.put("units", 20);
    body.put("unitLabel", "Desk");

    var r = resource(t, body);

    assertThat(r.get("units").asInt()).isEqualTo(20);
    assertThat(r.get("unitIds").size()).isEqualTo(20);
    assertThat(r.get("unitLabel").asText()).isEqualTo("Desk");
    var units = getJson(t, "/api/v1/resources/" + r.get("id").asText() + "/units").body();
    assertThat(texts(units, "label"))
        .hasSize(20)
        .startsWith("Desk 1", "Desk 2")
        .endsWith("Desk 20");
    assertThat(texts(units, "id")).isEqualTo(texts(r.get("unitIds")));
    assertThat(unitCount(t, UUID.fromString(r.get("id").asText()))).isEqualTo(20);
  }

  @Test
  void resizing_a_capacity_resource_adds_or_removes_the_highest_numbered_units() {
    var t = newTenant();
    UUID lockers = type(t, "locker", "CAPACITY");
    var body = resourceBody(t.locationId(), lockers, "Lockers");
    body.put("units", 5);
    var r = resource(t, body);
    String id = r.get("id").asText();
    List<String> firstFive = texts(r.get("unitIds"));

    body.put("units", 8);
    body.put("unitLabel", "Locker");
    var grown = putJson(t, "/api/v1/resources/" + id, body).body();
    assertThat(grown.get("units").asInt()).isEqualTo(8);
    assertThat(texts(grown.get("unitIds"))).startsWith(firstFive.toArray(String[]::new));
    assertThat(texts(getJson(t, "/api/v1/resources/" + id + "/units").body(), "label"))
        .containsExactly(
            "Locker 1",
            "Locker 2",
            "Locker 3",
            "Locker 4",
            "Locker 5",
            "Locker 6",
            "Locker 7",
            "Locker 8");

    body.put("units", 3);
    var shrunk = putJson(t, "/api/v1/resources/" + id, body).body();
    assertThat(texts(shrunk.get("unitIds"))).isEqualTo(firstFive.subList(0, 3));
    assertThat(unitCount(t, UUID.fromString(id))).isEqualTo(3);
  }

  @Test
  void a_capacity_resource_needs_between_1_and_500_units() {
    var t = newTenant();
    UUID parking = type(t, "parking", "CAPACITY");
    var none = resourceBody(t.locationId(), parking, "Parking");
    var zero = resourceBody(t.locationId(), parking, "Parking");
    zero.put("units", 0);
    var tooMany = resourceBody(t.locationId(), parking, "Parking");
    tooMany.put("units", 501);

    assertProblem(postJson(t, "/api/v1/resources", none), 422, "units");
    assertProblem(postJson(t, "/api/v1/resources", zero), 422, "units");
    assertProblem(postJson(t, "/api/v1/resources", tooMany), 422, "units");
    assertThat(getJson(t, "/api/v1/resources").body().size()).isZero();
  }

  @Test
  void an_exclusive_resource_cannot_have_more_units_or_parts() {
    var t = newTenant();
    UUID rooms = type(t, "room", "EXCLUSIVE");
    var twoUnits = resourceBody(t.locationId(), rooms, "Room");
    twoUnits.put("units", 2);
    var withParts = resourceBody(t.locationId(), rooms, "Room");
    withParts.put("partIds", List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString()));

    assertProblem(postJson(t, "/api/v1/resources", twoUnits), 422, "units");
    assertProblem(postJson(t, "/api/v1/resources", withParts), 422, "partIds");
  }

  @Test
  void updates_a_resource_and_keeps_its_unit() {
    var t = newTenant();
    UUID rooms = type(t, "room", "EXCLUSIVE");
    UUID otherRooms = type(t, "big-room", "EXCLUSIVE");
    var r = room(t, rooms, "Room S");
    String id = r.get("id").asText();
    var body = resourceBody(t.locationId(), otherRooms, "Room XL");
    body.put("seats", 12);
    body.put("amenities", List.of("Projector"));

    var updated = putJson(t, "/api/v1/resources/" + id, body);

    assertThat(updated.status()).isEqualTo(200);
    var read = getJson(t, "/api/v1/resources/" + id).body();
    assertThat(read.get("name").asText()).isEqualTo("Room XL");
    assertThat(read.get("typeId").asText()).isEqualTo(otherRooms.toString());
    assertThat(read.get("seats").asInt()).isEqualTo(12);
    assertThat(texts(read.get("amenities"))).containsExactly("Projector");
    assertThat(read.get("unitIds")).isEqualTo(r.get("unitIds"));
    assertThat(texts(getJson(t, "/api/v1/resources/" + id + "/units").body(), "label"))
        .containsExactly("Room XL");
  }

  @Test
  void the_type_of_a_resource_may_change_only_to_one_of_the_same_kind() {
    var t = newTenant();
    UUID rooms = type(t, "room", "EXCLUSIVE");
    UUID desks = type(t, "desk", "CAPACITY");
    var r = room(t, rooms, "Room");
    var body = resourceBody(t.locationId(), desks, "Room");
    body.put("units", 4);

    assertProblem(putJson(t, "/api/v1/resources/" + r.get("id").asText(), body), 422, "typeId");
    assertThat(getJson(t, "/api/v1/resources/" + r.get("id").asText()).body()).isEqualTo(r);
  }

  @Test
  void archives_a_resource_and_restores_it() {
    var t = newTenant();
    UUID rooms = type(t, "room", "EXCLUSIVE");
    String id = room(t, rooms, "Room").get("id").asText();

    var archived = deleteJson(t, "/api/v1/resources/" + id);

    assertThat(archived.status()).isEqualTo(200);
    assertThat(archived.body().get("status").asText()).isEqualTo("ARCHIVED");
    assertThat(getJson(t, "/api/v1/resources?status=ACTIVE").body().size()).isZero();
    assertThat(texts(getJson(t, "/api/v1/resources?status=ARCHIVED").body(), "id"))
        .containsExactly(id);
    var restored = postJson(t, "/api/v1/resources/" + id + "/restore", "");
    assertThat(restored.body().get("status").asText()).isEqualTo("ACTIVE");
  }

  @Test
  void a_resource_as_read_can_be_put_back_unchanged() {
    var t = newTenant();
    UUID rooms = type(t, "room", "EXCLUSIVE");
    UUID desks = type(t, "desk", "CAPACITY");
    var room = resourceBody(t.locationId(), rooms, "Room");
    room.put("amenities", List.of("TV"));
    room.put("seats", 4);
    var open = resourceBody(t.locationId(), desks, "Open space");
    open.put("units", 6);
    open.put("unitLabel", "Desk");

    for (var created : List.of(resource(t, room), resource(t, open))) {
      String id = created.get("id").asText();
      var echo = created.deepCopy();
      ((tools.jackson.databind.node.ObjectNode) echo).remove("id");

      var answer = putJson(t, "/api/v1/resources/" + id, echo.toString());

      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo(created);
    }
  }

  @Test
  void a_status_in_the_body_archives_and_restores_but_a_new_resource_is_active() {
    var t = newTenant();
    UUID rooms = type(t, "room", "EXCLUSIVE");
    var created = room(t, rooms, "Room");
    String id = created.get("id").asText();
    var body = resourceBody(t.locationId(), rooms, "Room");

    body.put("status", "ARCHIVED");
    assertThat(putJson(t, "/api/v1/resources/" + id, body).body().get("status").asText())
        .isEqualTo("ARCHIVED");
    body.put("status", "ACTIVE");
    assertThat(putJson(t, "/api/v1/resources/" + id, body).body().get("status").asText())
        .isEqualTo("ACTIVE");
    var archivedNew = resourceBody(t.locationId(), rooms, "Other room");
    archivedNew.put("status", "ARCHIVED");
    assertProblem(postJson(t, "/api/v1/resources", archivedNew), 422, "status");
  }

  @Test
  void refuses_two_active_resources_with_the_same_name_at_a_location() {
    var t = newTenant();
    UUID rooms = type(t, "room", "EXCLUSIVE");
    room(t, rooms, "Room A");

    var again = postJson(t, "/api/v1/resources", resourceBody(t.locationId(), rooms, "room a"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.problemField()).isEqualTo("name");
  }

  @Test
  void lists_resources_filtered_by_location_type_and_status() {
    var t = newTenant();
    UUID rooms = type(t, "room", "EXCLUSIVE");
    UUID booths = type(t, "booth", "EXCLUSIVE");
    UUID second = location(t, "Second site");
    room(t, rooms, "Room");
    room(t, booths, "Booth");
    resource(t, resourceBody(second, rooms, "Far room"));

    assertThat(texts(getJson(t, "/api/v1/resources").body(), "name"))
        .containsExactlyInAnyOrder("Room", "Booth", "Far room");
    assertThat(texts(getJson(t, "/api/v1/resources?locationId=" + second).body(), "name"))
        .containsExactly("Far room");
    assertThat(texts(getJson(t, "/api/v1/resources?typeId=" + rooms).body(), "name"))
        .containsExactlyInAnyOrder("Room", "Far room");
    assertThat(
            texts(
                getJson(t, "/api/v1/resources?typeId=" + rooms + "&locationId=" + t.locationId())
                    .body(),
                "name"))
        .containsExactly("Room");
    assertProblem(getJson(t, "/api/v1/resources?status=GONE"), 400, "status");
  }

  @Test
  void rejects_invalid_fields_as_problems_naming_the_field() {
    var t = newTenant();
    UUID rooms = type(t, "room", "EXCLUSIVE");
    var longName = resourceBody(t.locationId(), rooms, "x".repeat(201));
    var blankName = resourceBody(t.locationId(), rooms, " ");
    var longAmenity = resourceBody(t.locationId(), rooms, "Room");
    longAmenity.put("amenities", List.of("TV", "y".repeat(61)));
    var noSeats = resourceBody(t.locationId(), rooms, "Room");
    noSeats.put("seats", 0);
    var noLocation = resourceBody(t.locationId(), rooms, "Room");
    noLocation.remove("locationId");
    var badId = resourceBody(t.locationId(), rooms, "Room");
    badId.put("typeId", "not-a-uuid");
    var unknownField = resourceBody(t.locationId(), rooms, "Room");
    unknownField.put("capacity", 3);

    assertProblem(postJson(t, "/api/v1/resources", longName), 422, "name");
    assertProblem(postJson(t, "/api/v1/resources", blankName), 422, "name");
    assertProblem(postJson(t, "/api/v1/resources", longAmenity), 422, "amenities[1]");
    assertProblem(postJson(t, "/api/v1/resources", noSeats), 422, "seats");
    assertProblem(postJson(t, "/api/v1/resources", noLocation), 422, "locationId");
    assertProblem(postJson(t, "/api/v1/resources", badId), 400, "typeId");
    assertProblem(postJson(t, "/api/v1/resources", unknownField), 400, "capacity");
    assertThat(getJson(t, "/api/v1/resources").body().size()).isZero();
  }

  @Test
  void refers_to_a_location_or_type_of_another_coworking_as_422_naming_the_field() {
    var mine = newTenant();
    var theirs = newTenant();
    UUID myRooms = type(mine, "room", "EXCLUSIVE");
    UUID theirRooms = type(theirs, "room", "EXCLUSIVE");

    assertProblem(
        postJson(mine, "/api/v1/resources", resourceBody(theirs.locationId(), myRooms, "Room")),
        422,
        "locationId");
    assertProblem(
        postJson(mine, "/api/v1/resources", resourceBody(mine.locationId(), theirRooms, "Room")),
        422,
        "typeId");
    assertThat(getJson(mine, "/api/v1/resources").body().size()).isZero();
    assertThat(getJson(theirs, "/api/v1/resources").body().size()).isZero();
  }

  @Test
  void a_resource_of_another_coworking_is_not_found_and_not_listed() {
    var mine = newTenant();
    var theirs = newTenant();
    UUID theirRooms = type(theirs, "room", "EXCLUSIVE");
    String id = room(theirs, theirRooms, "Their room").get("id").asText();
    UUID myRooms = type(mine, "room", "EXCLUSIVE");

    assertThat(getJson(mine, "/api/v1/resources/" + id).status()).isEqualTo(404);
    assertThat(getJson(mine, "/api/v1/resources/" + id + "/units").status()).isEqualTo(404);
    assertThat(
            putJson(mine, "/api/v1/resources/" + id, resourceBody(mine.locationId(), myRooms, "X"))
                .status())
        .isEqualTo(404);
    assertThat(deleteJson(mine, "/api/v1/resources/" + id).status()).isEqualTo(404);
    assertThat(getJson(mine, "/api/v1/resources").body().size()).isZero();
    assertThat(getJson(theirs, "/api/v1/resources/" + id).body().get("status").asText())
        .isEqualTo("ACTIVE");
  }

  @Test
  void an_unknown_resource_is_not_found() {
    var t = newTenant();
    UUID rooms = type(t, "room", "EXCLUSIVE");
    String unknown = UUID.randomUUID().toString();

    assertProblem404(getJson(t, "/api/v1/resources/" + unknown));
    assertProblem404(deleteJson(t, "/api/v1/resources/" + unknown));
    assertProblem404(postJson(t, "/api/v1/resources/" + unknown + "/restore", ""));
    assertProblem404(
        putJson(t, "/api/v1/resources/" + unknown, resourceBody(t.locationId(), rooms, "Room")));
  }

  private static void assertProblem404(Answer a) {
    assertThat(a.status()).as(a.toString()).isEqualTo(404);
    assertThat(a.body().get("type").asText()).isEqualTo("https://atrium.dev/problems/not-found");
  }

  private UUID location(app.atrium.support.TestTenant t, String name) {
    var a =
        postJson(
            t, "/api/v1/locations", Map.of("name", name, "address", "", "timeZone", "Asia/Almaty"));
    assertThat(a.status()).as(a.toString()).isEqualTo(201);
    return UUID.fromString(a.body().get("id").asText());
  }

  private long unitCount(app.atrium.support.TestTenant t, UUID resourceId) {
    return inTenant(
        t.tenantId(),
        () ->
            db.sql("SELECT count(*) FROM resource_unit WHERE resource_id = ?")
                .param(resourceId)
                .query(Long.class)
                .single());
  }
}

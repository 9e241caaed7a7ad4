package app.atrium.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.platform.security.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourceTypesApiTests extends SpacesApiTest {

  @Test
  void creates_a_type_with_default_booking_rules_and_reads_it_back() {
    var t = newTenant();
    var created = postJson(t, "/api/v1/resource-types", typeBody("meeting-room", "EXCLUSIVE"));

    assertThat(created.status()).isEqualTo(201);
    var body = created.body();
    assertThat(body.get("code").asText()).isEqualTo("meeting-room");
    assertThat(body.get("kind").asText()).isEqualTo("EXCLUSIVE");
    assertThat(body.get("bookable").asBoolean()).isTrue();
    assertThat(body.get("slotMinutes").asInt()).isEqualTo(30);
    assertThat(body.get("minMinutes").asInt()).isEqualTo(30);
    assertThat(body.has("maxMinutes")).isFalse();
    assertThat(body.get("bookedBy").asText()).isEqualTo("MEMBERS");

    var read = getJson(t, "/api/v1/resource-types/" + body.get("id").asText());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body()).isEqualTo(body);
    assertThat(texts(getJson(t, "/api/v1/resource-types").body(), "code"))
        .containsExactly("meeting-room");
  }

  @Test
  void updates_the_rules_of_a_type() {
    var t = newTenant();
    UUID id = type(t, "phone-booth", "EXCLUSIVE");
    var body = typeBody("booth", "EXCLUSIVE");
    body.put("name", "Phone booths");
    body.put("slotMinutes", 15);
    body.put("minMinutes", 15);
    body.put("maxMinutes", 60);
    body.put("bookedBy", "STAFF_ONLY");
    body.put("bookable", false);

    var updated = putJson(t, "/api/v1/resource-types/" + id, body);

    assertThat(updated.status()).isEqualTo(200);
    var read = getJson(t, "/api/v1/resource-types/" + id).body();
    assertThat(read.get("name").asText()).isEqualTo("Phone booths");
    assertThat(read.get("code").asText()).isEqualTo("booth");
    assertThat(read.get("maxMinutes").asInt()).isEqualTo(60);
    assertThat(read.get("slotMinutes").asInt()).isEqualTo(15);
    assertThat(read.get("bookedBy").asText()).isEqualTo("STAFF_ONLY");
    assertThat(read.get("bookable").asBoolean()).isFalse();
  }

  @Test
  void a_type_as_read_can_be_put_back_unchanged() {
    var t = newTenant();
    var created = postJson(t, "/api/v1/resource-types", typeBody("room", "EXCLUSIVE")).body();
    room(t, UUID.fromString(created.get("id").asText()), "Room 1");
    var read = getJson(t, "/api/v1/resource-types/" + created.get("id").asText()).body();
    var echo = (tools.jackson.databind.node.ObjectNode) read.deepCopy();
    echo.remove("id");

    var answer =
        putJson(t, "/api/v1/resource-types/" + created.get("id").asText(), echo.toString());

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(read);
    assertThat(read.get("resources").asInt()).isEqualTo(1);
  }

  @Test
  void refuses_a_second_type_with_the_same_code() {
    var t = newTenant();
    type(t, "locker", "CAPACITY");
    var again = typeBody("locker", "CAPACITY");
    again.put("name", "Other lockers");

    var answer = postJson(t, "/api/v1/resource-types", again);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.problemField()).isEqualTo("code");
    assertThat(getJson(t, "/api/v1/resource-types").body().size()).isEqualTo(1);
  }

  @Test
  void the_same_code_is_free_in_another_coworking() {
    var a = newTenant();
    var b = newTenant();
    type(a, "parking", "CAPACITY");

    assertThat(postJson(b, "/api/v1/resource-types", typeBody("parking", "CAPACITY")).status())
        .isEqualTo(201);
  }

  @Test
  void rejects_invalid_fields_as_problems_naming_the_field() {
    var t = newTenant();
    var badCode = typeBody("Not A Slug", "EXCLUSIVE");
    var longName = typeBody("ok", "EXCLUSIVE");
    longName.put("name", "x".repeat(101));
    var noKind = typeBody("ok", "EXCLUSIVE");
    noKind.remove("kind");
    var minNotSlots = typeBody("ok", "EXCLUSIVE");
    minNotSlots.put("minMinutes", 45);
    var maxBelowMin = typeBody("ok", "EXCLUSIVE");
    maxBelowMin.put("minMinutes", 60);
    maxBelowMin.put("maxMinutes", 30);

    assertProblem(postJson(t, "/api/v1/resource-types", badCode), 422, "code");
    assertProblem(postJson(t, "/api/v1/resource-types", longName), 422, "name");
    assertProblem(postJson(t, "/api/v1/resource-types", noKind), 422, "kind");
    assertProblem(postJson(t, "/api/v1/resource-types", minNotSlots), 422, "minMinutes");
    assertProblem(postJson(t, "/api/v1/resource-types", maxBelowMin), 422, "maxMinutes");
    assertThat(getJson(t, "/api/v1/resource-types").body().size()).isZero();
  }

  @Test
  void rejects_loosely_typed_json_as_400_naming_the_field() {
    var t = newTenant();
    var unknownKind = typeBody("ok", "ROOM");
    var textSlot = typeBody("ok", "EXCLUSIVE");
    textSlot.put("slotMinutes", "30");
    var unknownField = typeBody("ok", "EXCLUSIVE");
    unknownField.put("colour", "red");

    assertProblem(postJson(t, "/api/v1/resource-types", unknownKind), 400, "kind");
    assertProblem(postJson(t, "/api/v1/resource-types", textSlot), 400, "slotMinutes");
    assertProblem(postJson(t, "/api/v1/resource-types", unknownField), 400, "colour");
    assertThat(getJson(t, "/api/v1/resource-types").body().size()).isZero();
  }

  @Test
  void refuses_to_change_the_kind_of_a_type_that_has_resources() {
    var t = newTenant();
    UUID id = type(t, "room", "EXCLUSIVE");
    room(t, id, "Room 1");

    var answer = putJson(t, "/api/v1/resource-types/" + id, typeBody("room", "CAPACITY"));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.problemField()).isEqualTo("kind");
    assertThat(getJson(t, "/api/v1/resource-types/" + id).body().get("kind").asText())
        .isEqualTo("EXCLUSIVE");
  }

  @Test
  void an_unknown_type_is_not_found() {
    var t = newTenant();
    UUID unknown = UUID.randomUUID();

    assertThat(getJson(t, "/api/v1/resource-types/" + unknown).status()).isEqualTo(404);
    assertThat(
            putJson(t, "/api/v1/resource-types/" + unknown, typeBody("x1", "EXCLUSIVE")).status())
        .isEqualTo(404);
    assertThat(getJson(t, "/api/v1/resource-types/not-a-uuid").status()).isEqualTo(404);
  }

  @Test
  void a_type_of_another_coworking_is_not_found_and_not_listed() {
    var a = newTenant();
    var b = newTenant();
    UUID theirs = type(a, "studio", "EXCLUSIVE");

    assertThat(getJson(b, "/api/v1/resource-types/" + theirs).status()).isEqualTo(404);
    assertThat(
            putJson(b, "/api/v1/resource-types/" + theirs, typeBody("studio", "EXCLUSIVE"))
                .status())
        .isEqualTo(404);
    assertThat(getJson(b, "/api/v1/resource-types").body().size()).isZero();
  }

  @Test
  void only_owners_and_admins_change_the_catalogue() {
    var t = newTenant();
    String accountant = addUser(t, Role.ACCOUNTANT, "Aigul Counts");
    var asAccountant =
        new app.atrium.support.TestTenant(
            t.tenantId(),
            t.locationId(),
            t.slug(),
            accountant,
            t.password(),
            token(accountant, t.password(), t.slug()));

    assertThat(
            postJson(asAccountant, "/api/v1/resource-types", typeBody("x", "EXCLUSIVE")).status())
        .isEqualTo(403);
    assertThat(getJson(asAccountant, "/api/v1/resource-types").status()).isEqualTo(200);
  }
}

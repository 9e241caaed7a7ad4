package app.atrium.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.support.TestTenant;
import java.util.ArrayList;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SpacesDemoTests extends SpacesApiTest {

  @Test
  void the_demo_coworking_has_at_least_twelve_kinds_of_resources() {
    var demo = demoOwner();

    var types = getJson(demo, "/api/v1/resource-types").body();
    var resources = getJson(demo, "/api/v1/resources").body();

    assertThat(new HashSet<>(texts(types, "code"))).hasSizeGreaterThanOrEqualTo(12);
    assertThat(new HashSet<>(texts(resources, "typeId"))).hasSizeGreaterThanOrEqualTo(12);
    assertThat(texts(resources, "name"))
        .contains(
            "Опен-спейс",
            "Фиксированные места",
            "Офис 1",
            "Офис 2",
            "Офис 3",
            "Переговорная S",
            "Переговорная M",
            "Переговорная L",
            "Зал А",
            "Зал Б",
            "Ивент-зона (А+Б)",
            "Кабинка 1",
            "Кабинка 2",
            "Шкафчики",
            "Принтер",
            "Парковка",
            "Подкаст-студия",
            "Проектор",
            "Почтовые ящики");
    assertThat(byName(resources, "Опен-спейс").get("units").asInt()).isEqualTo(20);
    assertThat(byName(resources, "Шкафчики").get("units").asInt()).isEqualTo(30);
    assertThat(byName(resources, "Почтовые ящики").get("units").asInt()).isEqualTo(50);
    assertThat(byName(resources, "Переговорная L").get("seats").asInt()).isEqualTo(12);
  }

  @Test
  void the_demo_event_zone_is_booked_by_staff_and_occupies_both_halls() {
    var demo = demoOwner();
    var resources = getJson(demo, "/api/v1/resources").body();
    var zone = byName(resources, "Ивент-зона (А+Б)");

    var union = new ArrayList<String>(texts(byName(resources, "Зал А").get("unitIds")));
    union.addAll(texts(byName(resources, "Зал Б").get("unitIds")));
    assertThat(texts(zone.get("unitIds"))).isEqualTo(union);
    var type = getJson(demo, "/api/v1/resource-types/" + zone.get("typeId").asText()).body();
    assertThat(type.get("bookedBy").asText()).isEqualTo("STAFF_ONLY");
    var booth =
        getJson(
                demo,
                "/api/v1/resource-types/" + byName(resources, "Кабинка 1").get("typeId").asText())
            .body();
    assertThat(booth.get("maxMinutes").asInt()).isEqualTo(60);
    var printer =
        getJson(
                demo,
                "/api/v1/resource-types/" + byName(resources, "Принтер").get("typeId").asText())
            .body();
    assertThat(printer.get("bookable").asBoolean()).isFalse();
  }

  private TestTenant demoOwner() {
    String token = token("damir@demo.atrium", "demo", "demo");
    return new TestTenant(null, null, "demo", "damir@demo.atrium", "demo", token);
  }

  private static JsonNode byName(JsonNode resources, String name) {
    for (JsonNode r : resources) if (r.get("name").asText().equals(name)) return r;
    throw new AssertionError("No resource " + name);
  }
}

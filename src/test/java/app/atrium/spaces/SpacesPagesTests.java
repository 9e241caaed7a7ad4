package app.atrium.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.SignIn;
import app.atrium.support.TestTenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class SpacesPagesTests extends SpacesApiTest {

  @Autowired SignIn signIn;

  @Test
  void the_resources_page_groups_resources_by_location_and_type_with_units_seats_and_amenities() {
    var t = newTenant();
    UUID rooms = type(t, "meeting-room", "EXCLUSIVE");
    UUID desks = type(t, "hot-desk", "CAPACITY");
    var room = resourceBody(t.locationId(), rooms, "Room Alpha");
    room.put("seats", 6);
    room.put("amenities", List.of("Whiteboard"));
    resource(t, room);
    var open = resourceBody(t.locationId(), desks, "Open Space North");
    open.put("units", 14);
    resource(t, open);

    var page = page(signIn(t, t.ownerEmail()), get("/staff/resources"));

    assertThat(page.getStatus()).isEqualTo(200);
    String html = body(page);
    assertThat(html).contains("id=\"resources\"", "Main", "Type meeting-room", "Type hot-desk");
    assertThat(row(html, "Room Alpha")).contains(">6<", "Whiteboard");
    assertThat(row(html, "Open Space North")).contains(">14<");
  }

  @Test
  void a_capacity_resource_is_created_from_the_form_with_comma_separated_amenities() {
    var t = newTenant();
    UUID desks = type(t, "hot-desk", "CAPACITY");
    var session = signIn(t, t.ownerEmail());

    var saved =
        page(
            session,
            post("/staff/resources/new")
                .with(csrf())
                .param("name", "Open space")
                .param("typeId", desks.toString())
                .param("locationId", t.locationId().toString())
                .param("zone", "Floor 1")
                .param("seats", "")
                .param("amenities", "Wi-Fi, Coffee , ,Sockets")
                .param("units", "12")
                .param("unitLabel", "Desk")
                .param("description", ""));

    assertThat(saved.getStatus()).isEqualTo(302);
    String id = saved.getRedirectedUrl().substring("/staff/resources/".length());
    var r = getJson(t, "/api/v1/resources/" + id).body();
    assertThat(r.get("units").asInt()).isEqualTo(12);
    assertThat(texts(r.get("amenities"))).containsExactly("Wi-Fi", "Coffee", "Sockets");
    var edit = body(page(session, get("/staff/resources/" + id)));
    assertThat(edit).contains("Desk 12", "value=\"Wi-Fi, Coffee, Sockets\"");
  }

  @Test
  void a_composite_is_created_from_the_form_with_its_parts_ticked() {
    var t = newTenant();
    UUID halls = type(t, "hall", "EXCLUSIVE");
    UUID zones = type(t, "event-zone", "COMPOSITE");
    var a = room(t, halls, "Hall A");
    var b = room(t, halls, "Hall B");
    var session = signIn(t, t.ownerEmail());

    var saved =
        page(
            session,
            post("/staff/resources/new")
                .with(csrf())
                .param("name", "Event zone")
                .param("typeId", zones.toString())
                .param("locationId", t.locationId().toString())
                .param("units", "7")
                .param("partIds", a.get("id").asText(), b.get("id").asText()));

    assertThat(saved.getStatus()).isEqualTo(302);
    String id = saved.getRedirectedUrl().substring("/staff/resources/".length());
    var zone = getJson(t, "/api/v1/resources/" + id).body();
    assertThat(texts(zone.get("parts"), "name")).containsExactly("Hall A", "Hall B");
    assertThat(zone.get("units").asInt()).isEqualTo(2);
  }

  @Test
  void a_refused_form_shows_why_and_keeps_what_was_typed() {
    var t = newTenant();
    UUID halls = type(t, "hall", "EXCLUSIVE");
    UUID zones = type(t, "event-zone", "COMPOSITE");
    var a = room(t, halls, "Hall A");

    var refused =
        page(
            signIn(t, t.ownerEmail()),
            post("/staff/resources/new")
                .with(csrf())
                .param("name", "Lonely zone")
                .param("typeId", zones.toString())
                .param("locationId", t.locationId().toString())
                .param("partIds", a.get("id").asText()));

    assertThat(refused.getStatus()).isEqualTo(200);
    assertThat(body(refused))
        .contains("partIds: a composite resource is made of at least 2", "Lonely zone");
    assertThat(texts(getJson(t, "/api/v1/resources").body(), "name")).containsExactly("Hall A");
  }

  @Test
  void archiving_a_part_from_its_page_says_which_composite_holds_it() throws Exception {
    var t = newTenant();
    UUID halls = type(t, "hall", "EXCLUSIVE");
    UUID zones = type(t, "event-zone", "COMPOSITE");
    String a = room(t, halls, "Hall A").get("id").asText();
    String b = room(t, halls, "Hall B").get("id").asText();
    var zone = resourceBody(t.locationId(), zones, "Grand zone");
    zone.put("partIds", List.of(a, b));
    resource(t, zone);
    var session = signIn(t, t.ownerEmail());

    var archive =
        mvc.perform(
                post("/staff/resources/" + a + "/archive")
                    .with(csrf())
                    .with(authentication(auth(session))))
            .andReturn();

    assertThat(archive.getResponse().getRedirectedUrl()).isEqualTo("/staff/resources/" + a);
    assertThat(String.valueOf(archive.getFlashMap().get("flashError")))
        .contains("is a part of 'Grand zone'");
    assertThat(getJson(t, "/api/v1/resources/" + a).body().get("status").asText())
        .isEqualTo("ACTIVE");
  }

  @Test
  void a_resource_type_is_created_and_listed_from_the_pages() {
    var t = newTenant();
    var session = signIn(t, t.ownerEmail());

    var saved =
        page(
            session,
            post("/staff/resource-types/new")
                .with(csrf())
                .param("name", "Phone booths")
                .param("code", "phone-booth")
                .param("kind", "EXCLUSIVE")
                .param("bookable", "true")
                .param("bookedBy", "MEMBERS")
                .param("slotMinutes", "15")
                .param("minMinutes", "15")
                .param("maxMinutes", "60"));

    assertThat(saved.getStatus()).isEqualTo(302);
    var list = body(page(session, get("/staff/resource-types")));
    assertThat(list).contains("id=\"resource-types\"", "Phone booths", "phone-booth", "15–60 min");
    var type = getJson(t, "/api/v1/resource-types").body().get(0);
    assertThat(type.get("maxMinutes").asInt()).isEqualTo(60);
  }

  @Test
  void a_number_field_with_letters_is_named_and_nothing_is_saved() {
    var t = newTenant();
    var refused =
        page(
            signIn(t, t.ownerEmail()),
            post("/staff/resource-types/new")
                .with(csrf())
                .param("name", "Rooms")
                .param("code", "rooms")
                .param("kind", "EXCLUSIVE")
                .param("slotMinutes", "half an hour"));

    assertThat(refused.getStatus()).isEqualTo(200);
    assertThat(body(refused)).contains("slotMinutes");
    assertThat(getJson(t, "/api/v1/resource-types").body().size()).isZero();
  }

  @Test
  void an_unknown_resource_page_is_not_found() {
    var t = newTenant();
    var session = signIn(t, t.ownerEmail());

    assertThat(page(session, get("/staff/resources/" + UUID.randomUUID())).getStatus())
        .isEqualTo(404);
    assertThat(page(session, get("/staff/resource-types/" + UUID.randomUUID())).getStatus())
        .isEqualTo(404);
  }

  @Test
  void an_accountant_sees_the_spaces_but_cannot_change_them() {
    var t = newTenant();
    UUID rooms = type(t, "room", "EXCLUSIVE");
    room(t, rooms, "Quiet room");
    var session = signIn(t, addUser(t, app.atrium.platform.security.Role.ACCOUNTANT, "Ann Books"));

    var list = page(session, get("/staff/resources"));
    var post =
        page(
            session,
            post("/staff/resources/new")
                .with(csrf())
                .param("name", "Sneaky")
                .param("typeId", rooms.toString())
                .param("locationId", t.locationId().toString()));

    assertThat(list.getStatus()).isEqualTo(200);
    assertThat(body(list)).contains("Quiet room").doesNotContain("id=\"add-resource\"");
    assertThat(post.getStatus()).isEqualTo(403);
    assertThat(texts(getJson(t, "/api/v1/resources").body(), "name")).containsExactly("Quiet room");
  }

  @Test
  void the_demo_spaces_page_shows_the_russian_resources() {
    var demo = new TestTenant(null, null, "demo", "gulnara@demo.atrium", "demo", null);

    var page = page(signIn(demo, demo.ownerEmail()), get("/staff/resources?lang=ru"));

    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(body(page))
        .contains("Пространства", "Опен-спейс", "Ивент-зона (А+Б)", "Почтовые ящики");
    assertThat(row(body(page), "Опен-спейс")).contains(">20<");
  }

  /** The staff member, signed in the way the login form does it. */
  private AtriumUser signIn(TestTenant t, String email) {
    return signIn.authenticate(email, t.password(), t.slug(), "127.0.0.1");
  }

  private MockHttpServletResponse page(AtriumUser user, MockHttpServletRequestBuilder request) {
    try {
      return mvc.perform(request.with(authentication(auth(user)))).andReturn().getResponse();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static UsernamePasswordAuthenticationToken auth(AtriumUser user) {
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
  }

  private static String body(MockHttpServletResponse r) {
    try {
      return r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The table row that names a resource. */
  private static String row(String html, String name) {
    int at = html.indexOf(">" + name + "<");
    assertThat(at).as("row of " + name).isPositive();
    return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
  }
}

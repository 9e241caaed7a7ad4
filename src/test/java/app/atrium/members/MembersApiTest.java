package app.atrium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.platform.security.Role;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class MembersApiTest extends IntegrationTest {

  @Test
  void creates_reads_updates_archives_and_restores_a_member() throws Exception {
    TestTenant t = newTenant();
    JsonNode created =
        read(
            send(
                    t,
                    post("/api/v1/members"),
                    member("Асель", "Нурланова", "Asel@Example.kz", "+7 701 555 12 34"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.firstName").value("Асель"))
                .andExpect(jsonPath("$.email").value("asel@example.kz"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.tags[0]").value("дизайн")));
    String id = created.get("id").asText();

    fetch(t, "/api/v1/members/" + id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lastName").value("Нурланова"))
        .andExpect(jsonPath("$.phone").value("+7 701 555 12 34"));

    var changed =
        new java.util.HashMap<>(
            member("Асель", "Нурланова", "asel@example.kz", "+7 702 000 00 01"));
    changed.put("tags", List.of("IT ", "дизайн", "it"));
    send(t, put("/api/v1/members/" + id), changed)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.phone").value("+7 702 000 00 01"))
        .andExpect(jsonPath("$.tags.length()").value(2))
        .andExpect(jsonPath("$.tags[0]").value("it"));

    mvc.perform(delete("/api/v1/members/" + id).header("Authorization", t.bearer()))
        .andExpect(status().isNoContent());
    fetch(t, "/api/v1/members/" + id).andExpect(jsonPath("$.status").value("ARCHIVED"));
    fetch(t, "/api/v1/members?q=асель").andExpect(jsonPath("$.total").value(0));
    fetch(t, "/api/v1/members?q=асель&status=ARCHIVED").andExpect(jsonPath("$.total").value(1));

    mvc.perform(post("/api/v1/members/" + id + "/restore").header("Authorization", t.bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"));
  }

  @Test
  void a_member_read_from_the_api_can_be_changed_and_sent_back_whole() throws Exception {
    TestTenant t = newTenant();
    String id = create(t, member("Асель", "Нурланова", "asel@example.kz", ""));
    var read = (tools.jackson.databind.node.ObjectNode) read(fetch(t, "/api/v1/members/" + id));
    read.put("phone", "+7 701 000 00 00");
    read.put("status", "ARCHIVED");
    mvc.perform(
            put("/api/v1/members/" + id)
                .header("Authorization", t.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(read.toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.phone").value("+7 701 000 00 00"))
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    read.put("nickname", "Ася");
    mvc.perform(
            put("/api/v1/members/" + id)
                .header("Authorization", t.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(read.toString()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("nickname"));
  }

  @Test
  void finds_a_member_by_part_of_her_name_email_or_phone() throws Exception {
    TestTenant t = newTenant();
    create(t, member("Асель", "Нурланова", "asel.n@example.kz", "+7 (701) 555-12-34"));
    create(t, member("Ерлан", "Жумабаев", "erlan@example.kz", "+7 777 100 20 30"));
    create(t, member("Алёна", "Ким", null, "+7 705 999 88 77"));

    assertThat(names(t, "НУРЛ")).containsExactly("Асель");
    assertThat(names(t, "сель нурл")).containsExactly("Асель");
    assertThat(names(t, "нурланова асель")).containsExactly("Асель");
    assertThat(names(t, "erlan@")).containsExactly("Ерлан");
    assertThat(names(t, "5551234")).containsExactly("Асель");
    assertThat(names(t, "555-12")).containsExactly("Асель");
    assertThat(names(t, "+7 777 100")).containsExactly("Ерлан");
    assertThat(names(t, "алена")).containsExactly("Алёна");
    assertThat(names(t, "%")).isEmpty();
    assertThat(names(t, "")).containsExactlyInAnyOrder("Асель", "Ерлан", "Алёна");
  }

  @Test
  void filters_by_company_tag_and_status_and_pages_the_results() throws Exception {
    TestTenant t = newTenant();
    String company = createCompany(t, "Алатау Софт");
    for (int i = 1; i <= 5; i++) {
      var m = new java.util.HashMap<>(member("Участник" + i, "Тестов", null, ""));
      if (i <= 2) m.put("companyId", company);
      if (i == 3) m.put("tags", List.of("фриланс"));
      create(t, m);
    }
    fetch(t, "/api/v1/members?companyId=" + company).andExpect(jsonPath("$.total").value(2));
    fetch(t, "/api/v1/members?tag=Фриланс")
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].firstName").value("Участник3"));
    fetch(t, "/api/v1/members?limit=2&offset=2")
        .andExpect(jsonPath("$.total").value(5))
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.items[0].firstName").value("Участник3"));
    fetch(t, "/api/v1/members?limit=201").andExpect(status().isUnprocessableContent());
    fetch(t, "/api/v1/members?status=GONE").andExpect(status().isBadRequest());
  }

  @Test
  void refuses_a_second_member_with_the_same_email_and_names_it() throws Exception {
    TestTenant t = newTenant();
    create(t, member("Асель", "Нурланова", "asel@example.kz", ""));
    send(t, post("/api/v1/members"), member("Другая", "Асель", "ASEL@example.kz", ""))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/duplicate-email"))
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("asel@example.kz")))
        .andExpect(jsonPath("$.errors[0].field").value("email"));
    fetch(t, "/api/v1/members").andExpect(jsonPath("$.total").value(1));

    // Changing another member to that email is refused the same way.
    String other = create(t, member("Ерлан", "Жумабаев", "erlan@example.kz", ""));
    send(t, put("/api/v1/members/" + other), member("Ерлан", "Жумабаев", "asel@example.kz", ""))
        .andExpect(status().isConflict());
    fetch(t, "/api/v1/members/" + other).andExpect(jsonPath("$.email").value("erlan@example.kz"));
  }

  @Test
  void refuses_a_company_of_another_coworking_with_422_naming_companyId() throws Exception {
    TestTenant mine = newTenant();
    TestTenant theirs = newTenant();
    String theirCompany = createCompany(theirs, "Чужая компания");
    var m = new java.util.HashMap<>(member("Асель", "Нурланова", null, ""));
    m.put("companyId", theirCompany);
    send(mine, post("/api/v1/members"), m)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("companyId"));
    fetch(mine, "/api/v1/members").andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void rejects_bad_input_with_4xx_naming_the_field_and_changes_nothing() throws Exception {
    TestTenant t = newTenant();
    send(t, post("/api/v1/members"), member(" ", "Нурланова", null, ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("firstName"));
    send(t, post("/api/v1/members"), member("Асель", "Нурланова", "not-an-email", ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("email"));
    send(t, post("/api/v1/members"), member("Асель", "Нурланова", null, "call me"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("phone"))
        .andExpect(
            jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("digits")));
    var billedAlone = new java.util.HashMap<>(member("Асель", "Нурланова", null, ""));
    billedAlone.put("billedToCompany", true);
    send(t, post("/api/v1/members"), billedAlone)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("billedToCompany"));
    var manyTags = new java.util.HashMap<>(member("Асель", "Нурланова", null, ""));
    var tags = new ArrayList<String>();
    for (int i = 0; i < 21; i++) tags.add("tag" + i);
    manyTags.put("tags", tags);
    send(t, post("/api/v1/members"), manyTags).andExpect(status().isUnprocessableContent());
    var longTag = new java.util.HashMap<>(member("Асель", "Нурланова", null, ""));
    longTag.put("tags", List.of("ok", "x".repeat(31)));
    send(t, post("/api/v1/members"), longTag)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("tags[1]"));
    var unknown = new java.util.HashMap<>(member("Асель", "Нурланова", null, ""));
    unknown.put("nickname", "Ася");
    send(t, post("/api/v1/members"), unknown).andExpect(status().isBadRequest());
    var wrongType = new java.util.HashMap<>(member("Асель", "Нурланова", null, ""));
    wrongType.put("firstName", 42);
    send(t, post("/api/v1/members"), wrongType).andExpect(status().isBadRequest());

    fetch(t, "/api/v1/members?status=ANY").andExpect(jsonPath("$.total").value(0));
    fetch(t, "/api/v1/members/" + java.util.UUID.randomUUID()).andExpect(status().isNotFound());
    fetch(t, "/api/v1/members/not-a-uuid").andExpect(status().isNotFound());
    send(t, put("/api/v1/members/" + java.util.UUID.randomUUID()), member("А", "Б", null, ""))
        .andExpect(status().isNotFound());
  }

  @Test
  void keeps_notes_newest_first_with_their_author() throws Exception {
    TestTenant t = newTenant();
    String id = create(t, member("Асель", "Нурланова", null, ""));
    clock.setInstant(Instant.parse("2026-11-20T09:00:00Z"));
    send(t, post("/api/v1/members/" + id + "/notes"), Map.of("text", "Просила счёт на компанию"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.authorName").value(org.hamcrest.Matchers.startsWith("Owner")));
    clock.advance(Duration.ofHours(2));
    String adminEmail = addUser(t, Role.ADMIN, "Gulnara Desk");
    String adminToken = token(adminEmail, t.password(), t.slug());
    mvc.perform(
            post("/api/v1/members/" + id + "/notes")
                .header("Authorization", "Bearer " + adminToken)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("text", "Забыла пропуск"))))
        .andExpect(status().isCreated());

    fetch(t, "/api/v1/members/" + id + "/notes")
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].text").value("Забыла пропуск"))
        .andExpect(jsonPath("$[0].authorName").value("Gulnara Desk"))
        .andExpect(jsonPath("$[0].createdAt").value("2026-11-20T11:00:00Z"))
        .andExpect(jsonPath("$[1].text").value("Просила счёт на компанию"))
        .andExpect(jsonPath("$[1].authorAccountId").isNotEmpty());

    send(t, post("/api/v1/members/" + id + "/notes"), Map.of("text", "x".repeat(4001)))
        .andExpect(status().isUnprocessableContent());
    send(t, post("/api/v1/members/" + java.util.UUID.randomUUID() + "/notes"), Map.of("text", "x"))
        .andExpect(status().isNotFound());
    fetch(t, "/api/v1/members/" + id + "/notes").andExpect(jsonPath("$.length()").value(2));
  }

  @Test
  void another_coworkings_member_is_not_found_and_not_in_its_searches() throws Exception {
    TestTenant mine = newTenant();
    TestTenant theirs = newTenant();
    String theirMember =
        create(theirs, member("Секретная", "Участница", "secret@example.kz", "+7 701 111 11 11"));

    fetch(mine, "/api/v1/members/" + theirMember).andExpect(status().isNotFound());
    fetch(mine, "/api/v1/members/" + theirMember + "/notes").andExpect(status().isNotFound());
    fetch(mine, "/api/v1/members?q=секрет").andExpect(jsonPath("$.total").value(0));
    fetch(mine, "/api/v1/members?status=ANY").andExpect(jsonPath("$.total").value(0));
    send(mine, put("/api/v1/members/" + theirMember), member("Взлом", "", null, ""))
        .andExpect(status().isNotFound());
    mvc.perform(delete("/api/v1/members/" + theirMember).header("Authorization", mine.bearer()))
        .andExpect(status().isNotFound());
    // The same email is free in another coworking.
    create(mine, member("Другая", "Участница", "secret@example.kz", ""));
    fetch(theirs, "/api/v1/members/" + theirMember)
        .andExpect(jsonPath("$.firstName").value("Секретная"))
        .andExpect(jsonPath("$.status").value("ACTIVE"));
  }

  @Test
  void a_front_desk_accountant_may_read_but_not_change_members() throws Exception {
    TestTenant t = newTenant();
    String id = create(t, member("Асель", "Нурланова", null, ""));
    String accountant = token(addUser(t, Role.ACCOUNTANT, "Aigerim Books"), t.password(), t.slug());
    mvc.perform(get("/api/v1/members/" + id).header("Authorization", "Bearer " + accountant))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/members")
                .header("Authorization", "Bearer " + accountant)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(member("Ерлан", "", null, ""))))
        .andExpect(status().isForbidden());
  }

  // --- helpers --------------------------------------------------------------------------------

  static Map<String, Object> member(String first, String last, String email, String phone) {
    var m = new java.util.HashMap<String, Object>();
    m.put("firstName", first);
    m.put("lastName", last);
    if (email != null) m.put("email", email);
    m.put("phone", phone);
    m.put("tags", List.of("дизайн"));
    return m;
  }

  ResultActions send(
      TestTenant t,
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      Object body)
      throws Exception {
    return mvc.perform(
        request
            .header("Authorization", t.bearer())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  ResultActions fetch(TestTenant t, String url) throws Exception {
    return mvc.perform(get(url).header("Authorization", t.bearer()));
  }

  JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  String create(TestTenant t, Map<String, Object> body) throws Exception {
    return read(send(t, post("/api/v1/members"), body).andExpect(status().isCreated()))
        .get("id")
        .asText();
  }

  String createCompany(TestTenant t, String name) throws Exception {
    return read(send(t, post("/api/v1/companies"), Map.of("name", name))
            .andExpect(status().isCreated()))
        .get("id")
        .asText();
  }

  List<String> names(TestTenant t, String q) throws Exception {
    JsonNode page =
        read(mvc.perform(get("/api/v1/members").param("q", q).header("Authorization", t.bearer())));
    var names = new ArrayList<String>();
    page.get("items").forEach(n -> names.add(n.get("firstName").asText()));
    return names;
  }
}

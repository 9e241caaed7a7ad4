package app.atrium.members;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CompaniesApiTest extends IntegrationTest {

  @Test
  void creates_reads_updates_and_searches_companies() throws Exception {
    TestTenant t = newTenant();
    String id = create(t, company("Алатау Софт", "180340023456"));
    create(t, company("Номад Логистик", "170240045678"));

    send(t, get("/api/v1/companies/" + id), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Алатау Софт"))
        .andExpect(jsonPath("$.taxId").value("180340023456"))
        .andExpect(jsonPath("$.activeMembers").value(0));
    send(t, get("/api/v1/companies").param("q", "алатау"), null)
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].id").value(id));
    send(t, get("/api/v1/companies").param("q", "17024004"), null)
        .andExpect(jsonPath("$[0].name").value("Номад Логистик"));

    var changed = company("Алатау Софт Групп", "180340023456");
    changed.put("address", "г. Алматы, пр. Аль-Фараби 77");
    send(t, put("/api/v1/companies/" + id), changed)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Алатау Софт Групп"))
        .andExpect(jsonPath("$.address").value("г. Алматы, пр. Аль-Фараби 77"));
  }

  @Test
  void refuses_a_second_company_with_the_same_name_in_any_case() throws Exception {
    TestTenant t = newTenant();
    create(t, company("Алатау Софт", ""));
    send(t, post("/api/v1/companies"), company("АЛАТАУ софт", ""))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/duplicate-name"))
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    send(t, get("/api/v1/companies"), null).andExpect(jsonPath("$.length()").value(1));
  }

  @Test
  void a_company_with_active_members_cannot_be_deleted() throws Exception {
    TestTenant t = newTenant();
    String company = create(t, company("Алатау Софт", ""));
    String member = createMember(t, "Асель", company);

    send(t, delete("/api/v1/companies/" + company), null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/company-has-members"));
    send(t, get("/api/v1/companies/" + company), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.activeMembers").value(1));

    // Once its only member is archived, the company can go; her card stays, without a company.
    send(t, delete("/api/v1/members/" + member), null).andExpect(status().isNoContent());
    send(t, delete("/api/v1/companies/" + company), null).andExpect(status().isNoContent());
    send(t, get("/api/v1/companies/" + company), null).andExpect(status().isNotFound());
    send(t, get("/api/v1/members/" + member), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.companyId").doesNotExist())
        .andExpect(jsonPath("$.billedToCompany").value(false));
  }

  @Test
  void another_coworkings_company_is_not_found() throws Exception {
    TestTenant mine = newTenant();
    TestTenant theirs = newTenant();
    String theirs1 = create(theirs, company("Чужая", ""));
    send(mine, get("/api/v1/companies/" + theirs1), null).andExpect(status().isNotFound());
    send(mine, delete("/api/v1/companies/" + theirs1), null).andExpect(status().isNotFound());
    send(mine, get("/api/v1/companies"), null).andExpect(jsonPath("$.length()").value(0));
    // The same name is free in another coworking.
    create(mine, company("Чужая", ""));
  }

  @Test
  void rejects_bad_company_input_naming_the_field() throws Exception {
    TestTenant t = newTenant();
    send(t, post("/api/v1/companies"), company("", ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    var badEmail = company("Алатау", "");
    badEmail.put("email", "nope");
    send(t, post("/api/v1/companies"), badEmail)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("email"));
    send(t, post("/api/v1/companies"), company("Алатау", "x".repeat(51)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("taxId"));
    send(t, get("/api/v1/companies"), null).andExpect(jsonPath("$.length()").value(0));
  }

  static Map<String, Object> company(String name, String taxId) {
    var m = new HashMap<String, Object>();
    m.put("name", name);
    m.put("legalName", "ТОО «" + name + "»");
    m.put("taxId", taxId);
    m.put("email", "office@example.kz");
    m.put("phone", "+7 727 311 22 33");
    return m;
  }

  ResultActions send(TestTenant t, MockHttpServletRequestBuilder request, Object body)
      throws Exception {
    request.header("Authorization", t.bearer());
    if (body != null)
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    return mvc.perform(request);
  }

  String create(TestTenant t, Map<String, Object> body) throws Exception {
    String response =
        send(t, post("/api/v1/companies"), body)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(response).get("id").asText();
  }

  String createMember(TestTenant t, String name, String companyId) throws Exception {
    var m = MembersApiTest.member(name, "Тестова", null, "");
    m.put("companyId", companyId);
    m.put("billedToCompany", true);
    String response =
        send(t, post("/api/v1/members"), m)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(response).get("id").asText();
  }
}

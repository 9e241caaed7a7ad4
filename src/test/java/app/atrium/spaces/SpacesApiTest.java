package app.atrium.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** Calls the spaces API as a tenant's owner and reads the answers. */
abstract class SpacesApiTest extends IntegrationTest {

  /** An HTTP answer: its status and its JSON body. */
  record Answer(int status, JsonNode body) {
    String problemField() {
      return body.path("errors").path(0).path("field").asText();
    }
  }

  Answer call(TestTenant t, MockHttpServletRequestBuilder request) {
    try {
      MockHttpServletResponse r =
          mvc.perform(request.header(HttpHeaders.AUTHORIZATION, t.bearer()))
              .andReturn()
              .getResponse();
      String body = r.getContentAsString();
      return new Answer(
          r.getStatus(), body.isEmpty() ? json.getNodeFactory().nullNode() : json.readTree(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Answer getJson(TestTenant t, String url) {
    return call(t, get(url));
  }

  Answer postJson(TestTenant t, String url, Object body) {
    return call(t, post(url).contentType(MediaType.APPLICATION_JSON).content(text(body)));
  }

  Answer putJson(TestTenant t, String url, Object body) {
    return call(t, put(url).contentType(MediaType.APPLICATION_JSON).content(text(body)));
  }

  Answer deleteJson(TestTenant t, String url) {
    return call(t, delete(url));
  }

  private String text(Object body) {
    return body instanceof String s ? s : json.writeValueAsString(body);
  }

  /** A resource type body with the given kind; more fields can be put in. */
  static Map<String, Object> typeBody(String code, String kind) {
    var m = new LinkedHashMap<String, Object>();
    m.put("name", "Type " + code);
    m.put("code", code);
    m.put("kind", kind);
    return m;
  }

  /** Creates a resource type and returns its id. */
  UUID type(TestTenant t, String code, String kind) {
    Answer a = postJson(t, "/api/v1/resource-types", typeBody(code, kind));
    if (a.status() != 201) throw new AssertionError("type not created: " + a);
    return UUID.fromString(a.body().get("id").asText());
  }

  /** A resource body at a location of a type. */
  static Map<String, Object> resourceBody(UUID locationId, UUID typeId, String name) {
    var m = new LinkedHashMap<String, Object>();
    m.put("locationId", locationId.toString());
    m.put("typeId", typeId.toString());
    m.put("name", name);
    return m;
  }

  /** Creates a resource from a body and returns the answer's body. */
  JsonNode resource(TestTenant t, Map<String, Object> body) {
    Answer a = postJson(t, "/api/v1/resources", body);
    if (a.status() != 201) throw new AssertionError("resource not created: " + a);
    return a.body();
  }

  /** An exclusive room at the tenant's first location. */
  JsonNode room(TestTenant t, UUID typeId, String name) {
    return resource(t, resourceBody(t.locationId(), typeId, name));
  }

  /** The texts of an array. */
  static List<String> texts(JsonNode array) {
    var list = new ArrayList<String>();
    for (JsonNode n : array) list.add(n.asText());
    return list;
  }

  /** One field of every object of an array, as text. */
  static List<String> texts(JsonNode array, String field) {
    var list = new ArrayList<String>();
    for (JsonNode n : array) list.add(n.path(field).asText());
    return list;
  }

  static void assertProblem(Answer a, int status, String field) {
    assertThat(a.status()).as(a.toString()).isEqualTo(status);
    assertThat(a.body().path("type").asText()).startsWith("https://atrium.dev/problems/");
    assertThat(a.problemField()).as(a.toString()).isEqualTo(field);
  }
}

package app.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.SignIn;
import app.atrium.support.IntegrationTest;
import app.atrium.support.OpenApiDocument;
import app.atrium.support.OpenApiDocument.Operation;
import app.atrium.support.TestTenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import tools.jackson.databind.JsonNode;

/**
 * The demo coworking's rows must be invisible to another coworking through every API operation
 * (lists, reads, changes, deletions, sub-resources) and every staff page, even with the ids guessed
 * right.
 */
class TenantIsolationSweepTest extends IntegrationTest {

  @Autowired SignIn signIn;

  private String demoToken;
  private TestTenant other;

  private JsonNode call(HttpMethod method, String path, String bearer, String body)
      throws Exception {
    var req = request(method, path).header("Authorization", "Bearer " + bearer);
    if (body != null) req.contentType(MediaType.APPLICATION_JSON).content(body);
    var r = mvc.perform(req).andReturn().getResponse();
    var node =
        r.getContentAsString().isBlank() ? json.nullNode() : json.readTree(r.getContentAsString());
    return json.createObjectNode().put("status", r.getStatus()).set("body", node);
  }

  private static List<JsonNode> items(JsonNode body) {
    JsonNode list = body.has("items") ? body.get("items") : body;
    var result = new ArrayList<JsonNode>();
    if (list.isArray()) list.forEach(result::add);
    return result;
  }

  @Test
  void another_coworking_can_neither_see_nor_touch_the_demo_coworkings_rows() throws Exception {
    demoToken = token("damir@demo.atrium", "demo", "demo");
    other = newTenant();
    var doc =
        new OpenApiDocument(
            json.readTree(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString()));
    List<Operation> ops = doc.operations();

    // 1. Every collection: the demo's ids, and none of them in the other tenant's list.
    Map<String, List<JsonNode>> demoItems = new LinkedHashMap<>();
    for (Operation op : ops) {
      if (!op.method().equals("get") || op.hasPathParams()) continue;
      var demo = call(HttpMethod.GET, op.path(), demoToken, null);
      if (demo.get("status").asInt() != 200) continue;
      var found = items(demo.get("body")).stream().filter(i -> i.has("id")).toList();
      if (found.isEmpty()) continue;
      demoItems.put(op.path(), found);
      Set<String> demoIds = ids(found);
      var mine = call(HttpMethod.GET, op.path(), other.token(), null);
      assertThat(mine.get("status").asInt())
          .as("GET %s as the other tenant", op.path())
          .isEqualTo(200);
      assertThat(ids(items(mine.get("body"))))
          .as("ids listed by %s", op.path())
          .doesNotContainAnyElementsOf(demoIds);
    }
    assertThat(demoItems).as("collections with demo rows").containsKey("/api/v1/locations");

    // 2. Every operation on one item, aimed at the demo's ids by the other tenant.
    int probes = 0;
    int notFound = 0;
    for (Operation op : ops) {
      if (!op.hasPathParams()) continue;
      String collection = op.path().substring(0, op.path().indexOf("/{"));
      List<JsonNode> targets = demoItems.get(collection);
      if (targets == null) continue;
      String param = op.path().substring(op.path().indexOf("{") + 1, op.path().indexOf("}"));
      JsonNode target = targets.getFirst();
      String id = target.get("id").asText();
      String path = op.path().replace("{" + param + "}", id).replaceAll("\\{[^}]+}", id);
      String body = null;
      if (op.bodySchema() != null) {
        // The demo's own representation where it fits the operation, else a generated one.
        body =
            op.method().equals("put")
                ? stripReadOnly(target).toString()
                : doc.sample(op.bodySchema(), null).toString();
      }
      String before = call(HttpMethod.GET, collection + "/" + id, demoToken, null).toString();
      var r = call(HttpMethod.valueOf(op.method().toUpperCase()), path, other.token(), body);
      int status = r.get("status").asInt();
      // A body refused as malformed before any lookup (400) touches nothing either; the 404s
      // counted below prove that the lookups themselves are scoped.
      assertThat(status)
          .as("%s on a demo id as the other tenant: %s", op, r)
          .isIn(400, 404, 403, 422);
      if (status == 404) notFound++;
      String after = call(HttpMethod.GET, collection + "/" + id, demoToken, null).toString();
      assertThat(after).as("demo row after %s by the other tenant", op).isEqualTo(before);
      probes++;
    }
    assertThat(probes).isPositive();
    assertThat(notFound).as("probes answered 404 of %d", probes).isGreaterThan(probes * 2 / 3);

    // 3. Staff pages of those rows: 404 for the other tenant's owner, 200 for the demo's.
    AtriumUser demoOwner = signIn.authenticate("damir@demo.atrium", "demo", "demo", "127.0.0.1");
    AtriumUser otherOwner =
        signIn.authenticate(other.ownerEmail(), other.password(), other.slug(), "127.0.0.1");
    int pages = 0;
    for (var e : demoItems.entrySet()) {
      String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
      String id = e.getValue().getFirst().get("id").asText();
      for (String page :
          List.of("/staff/" + name + "/" + id, "/staff/settings/" + name + "/" + id)) {
        int demoStatus = page(page, demoOwner);
        if (demoStatus != 200) continue;
        assertThat(page(page, otherOwner)).as("page %s for the other tenant", page).isEqualTo(404);
        pages++;
      }
      String list = "/staff/" + name;
      if (page(list, demoOwner) == 200) {
        String html = pageHtml(list, otherOwner);
        for (JsonNode item : e.getValue()) {
          assertThat(html)
              .as("list page %s for the other tenant", list)
              .doesNotContain(item.get("id").asText());
        }
      }
    }
    assertThat(pages).as("staff pages checked").isPositive();
  }

  private int page(String path, AtriumUser user) throws Exception {
    return mvc.perform(get(path).with(authentication(auth(user))))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private String pageHtml(String path, AtriumUser user) throws Exception {
    return mvc.perform(get(path).with(authentication(auth(user))))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static UsernamePasswordAuthenticationToken auth(AtriumUser user) {
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
  }

  private static JsonNode stripReadOnly(JsonNode item) {
    var copy = item.deepCopy();
    if (copy.isObject()) {
      var o = (tools.jackson.databind.node.ObjectNode) copy;
      o.remove(List.of("id", "createdAt", "unitIds", "units"));
    }
    return copy;
  }

  private static Set<String> ids(List<JsonNode> items) {
    var set = new LinkedHashSet<String>();
    items.forEach(
        i -> {
          if (i.has("id")) set.add(i.get("id").asText());
        });
    return set;
  }
}

package app.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import app.atrium.support.IntegrationTest;
import app.atrium.support.OpenApiDocument;
import app.atrium.support.OpenApiDocument.Operation;
import app.atrium.support.TestTenant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends every operation of the OpenAPI document malformed JSON, wrong types, missing required
 * fields, unknown ids and over-long strings: each must be a 4xx problem document, never a 5xx, and
 * must change nothing in the tenant's data.
 */
class BadInputSweepTest extends IntegrationTest {

  private static final String OVERLONG = "x".repeat(100_000);

  private final List<String> failures = new ArrayList<>();
  private int sent;

  @Test
  void every_operation_answers_bad_input_with_a_4xx_problem_and_changes_nothing() throws Exception {
    var doc =
        new OpenApiDocument(
            json.readTree(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString()));
    TestTenant t = newTenant();
    List<Operation> ops = doc.operations();
    assertThat(ops)
        .extracting(Operation::toString)
        .contains("POST /api/v1/locations", "GET /api/v1/locations/{id}");
    int validBaselines = 0;

    // Writes that create come first, so that later operations find real ids to aim at.
    ops.sort((a, b) -> Integer.compare(rank(a), rank(b)));
    for (Operation op : ops) {
      if (op.toString().equals("DELETE /api/v1/auth/token"))
        continue; // would end the sweep's own session
      Map<String, String> ids = realIds(op, t);
      if (op.bodySchema() != null) {
        JsonNode baseline = doc.sample(op.bodySchema(), null);
        var first = send(op, t, ids, baseline.toString(), Map.of());
        if (first.getStatus() < 300) validBaselines++;
        var before = snapshot(t);
        send(op, t, ids, "{\"broken\": ", Map.of());
        send(op, t, ids, "[1, 2, 3]", Map.of());
        var props = doc.properties(op.bodySchema());
        while (props.hasNext()) {
          var p = props.next();
          String type = OpenApiDocument.type(doc.resolve(p.getValue()));
          ObjectNode wrong = ((ObjectNode) baseline.deepCopy());
          switch (type) {
            case "string" -> wrong.put(p.getKey(), 12345);
            case "integer", "number" -> wrong.put(p.getKey(), "not-a-number");
            case "boolean" -> wrong.put(p.getKey(), "maybe");
            default -> wrong.put(p.getKey(), "not-a-" + type);
          }
          send(op, t, ids, wrong.toString(), Map.of());
          if (type.equals("string") && !doc.resolve(p.getValue()).has("enum")) {
            ObjectNode longer = ((ObjectNode) baseline.deepCopy());
            longer.put(p.getKey(), OVERLONG);
            send(op, t, ids, longer.toString(), Map.of());
          }
          if (type.equals("array")) {
            ObjectNode many = ((ObjectNode) baseline.deepCopy());
            var arr = many.putArray(p.getKey());
            for (int i = 0; i < 2000; i++) arr.add(OVERLONG.substring(0, 300));
            send(op, t, ids, many.toString(), Map.of());
          }
        }
        for (String field : doc.required(op.bodySchema())) {
          ObjectNode missing = ((ObjectNode) baseline.deepCopy());
          missing.remove(field);
          send(op, t, ids, missing.toString(), Map.of());
        }
        if (op.hasPathParams()) {
          send(op, t, unknownIds(op), baseline.toString(), Map.of());
          send(op, t, malformedIds(op), baseline.toString(), Map.of());
        }
        assertThat(snapshot(t)).as("data after bad input to %s", op).isEqualTo(before);
      } else if (op.hasPathParams()) {
        var before = snapshot(t);
        send(op, t, unknownIds(op), null, Map.of());
        send(op, t, malformedIds(op), null, Map.of());
        assertThat(snapshot(t)).as("data after unknown ids to %s", op).isEqualTo(before);
      }
      for (JsonNode param : op.parameters()) {
        if (!"query".equals(param.path("in").asText())) continue;
        String type = OpenApiDocument.type(doc.resolve(param.path("schema")));
        String bad =
            switch (type) {
              case "integer", "number", "boolean" -> "not-a-" + type;
              default ->
                  param.path("schema").path("format").asText("").equals("uuid")
                      ? "not-a-uuid"
                      : OVERLONG.substring(0, 5000);
            };
        var r =
            send(
                op,
                t,
                ids.isEmpty() ? unknownIds(op) : ids,
                op.bodySchema() == null ? null : "{}",
                Map.of(param.path("name").asText(), bad));
        if (!type.equals("string") && r.getStatus() < 400) {
          failures.add(
              op
                  + " accepted ?"
                  + param.path("name").asText()
                  + "="
                  + bad
                  + " with "
                  + r.getStatus());
        }
      }
    }
    System.out.printf(
        "Bad-input sweep: %d operations, %d requests, %d valid baselines%n",
        ops.size(), sent, validBaselines);
    assertThat(failures).isEmpty();
    assertThat(validBaselines)
        .as("some generated bodies must be valid, or the sweep proves little")
        .isPositive();
  }

  private static int rank(Operation op) {
    return switch (op.method()) {
      case "post" -> op.hasPathParams() ? 1 : 0;
      case "put", "patch" -> 2;
      case "get" -> 3;
      default -> 4;
    };
  }

  /** Real ids of the tenant for the path's parameters, where a list endpoint gives some. */
  private Map<String, String> realIds(Operation op, TestTenant t) throws Exception {
    if (!op.hasPathParams()) return Map.of();
    String collection = op.path().substring(0, op.path().indexOf("/{"));
    var r =
        mvc.perform(get(collection).header("Authorization", t.bearer())).andReturn().getResponse();
    if (r.getStatus() != 200) return unknownIds(op);
    JsonNode list = json.readTree(r.getContentAsString());
    if (list.has("items")) list = list.get("items");
    if (!list.isArray() || list.isEmpty() || !list.get(0).has("id")) return unknownIds(op);
    var ids = new HashMap<String, String>();
    for (String name : paramNames(op)) ids.put(name, list.get(0).get("id").asText());
    return ids;
  }

  private static List<String> paramNames(Operation op) {
    var names = new ArrayList<String>();
    var m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(op.path());
    while (m.find()) names.add(m.group(1));
    return names;
  }

  private static Map<String, String> unknownIds(Operation op) {
    var ids = new HashMap<String, String>();
    for (String n : paramNames(op)) ids.put(n, UUID.randomUUID().toString());
    return ids;
  }

  private static Map<String, String> malformedIds(Operation op) {
    var ids = new HashMap<String, String>();
    for (String n : paramNames(op)) ids.put(n, "not-an-id");
    return ids;
  }

  private MockHttpServletResponse send(
      Operation op, TestTenant t, Map<String, String> ids, String body, Map<String, String> query)
      throws Exception {
    String path = op.path();
    for (var e : ids.entrySet()) path = path.replace("{" + e.getKey() + "}", e.getValue());
    var req =
        request(HttpMethod.valueOf(op.method().toUpperCase()), path)
            .header("Authorization", t.bearer());
    query.forEach(req::param);
    if (body != null) req.contentType(MediaType.APPLICATION_JSON).content(body);
    var r = mvc.perform(req).andReturn().getResponse();
    sent++;
    String what =
        op
            + " "
            + (body == null ? "" : body.length() > 120 ? body.substring(0, 120) + "…" : body)
            + " "
            + query.keySet();
    if (r.getStatus() >= 500)
      failures.add(what + " → " + r.getStatus() + " " + r.getContentAsString());
    if (r.getStatus() >= 400
        && !String.valueOf(r.getContentType()).contains("application/problem+json")) {
      failures.add(
          what + " → " + r.getStatus() + " without a problem document: " + r.getContentType());
    }
    return r;
  }

  /** A fingerprint of every tenant table's rows of this tenant. */
  private Map<String, String> snapshot(TestTenant t) {
    return inTenant(
        t.tenantId(),
        () -> {
          var tables =
              db.sql(
                      "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                          + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'"
                          + " WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1")
                  .query(String.class)
                  .list();
          var result = new TreeMap<String, String>();
          for (String table : tables) {
            result.put(
                table,
                db.sql(
                        "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "
                            + table
                            + " t")
                    .query(String.class)
                    .single());
          }
          return result;
        });
  }
}

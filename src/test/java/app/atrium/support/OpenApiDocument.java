package app.atrium.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The app's own OpenAPI document, read to generate requests for every operation. */
public final class OpenApiDocument {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final JsonNode root;

  public OpenApiDocument(JsonNode root) {
    this.root = root;
  }

  /** One operation: method, path template, its parameters and JSON request body schema. */
  public record Operation(
      String method, String path, List<JsonNode> parameters, JsonNode bodySchema) {
    public boolean hasPathParams() {
      return path.contains("{");
    }

    @Override
    public String toString() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }
  }

  public List<Operation> operations() {
    var ops = new ArrayList<Operation>();
    for (Map.Entry<String, JsonNode> p : root.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> m : p.getValue().properties()) {
        JsonNode op = m.getValue();
        var params = new ArrayList<JsonNode>();
        op.path("parameters").forEach(x -> params.add(resolve(x)));
        JsonNode body =
            op.path("requestBody").path("content").path("application/json").path("schema");
        ops.add(
            new Operation(
                m.getKey(), p.getKey(), params, body.isMissingNode() ? null : resolve(body)));
      }
    }
    return ops;
  }

  public JsonNode resolve(JsonNode schema) {
    JsonNode s = schema;
    int guard = 0;
    while (s != null && s.has("$ref") && guard++ < 10) {
      String ref = s.get("$ref").asText();
      JsonNode target = root;
      for (String part : ref.substring(2).split("/")) target = target.path(part);
      s = target;
    }
    return s;
  }

  public static String type(JsonNode schema) {
    JsonNode t = schema.path("type");
    if (t.isArray()) {
      for (JsonNode x : t) if (!x.asText().equals("null")) return x.asText();
      return "null";
    }
    if (t.isTextual()) return t.asText();
    if (schema.has("properties")) return "object";
    if (schema.has("items")) return "array";
    return "string";
  }

  /** A plausible valid value for a schema (used as the baseline a mutation then breaks). */
  public JsonNode sample(JsonNode schemaRef, String name) {
    JsonNode schema = resolve(schemaRef);
    if (schema.has("allOf") && schema.get("allOf").size() > 0)
      return sample(schema.get("allOf").get(0), name);
    if (schema.has("enum")) return schema.get("enum").get(0);
    return switch (type(schema)) {
      case "object" -> {
        ObjectNode o = F.objectNode();
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
          o.set(p.getKey(), sample(p.getValue(), p.getKey()));
        }
        yield o;
      }
      case "array" -> {
        ArrayNode a = F.arrayNode();
        if (schema.has("items")) a.add(sample(schema.get("items"), name));
        yield a;
      }
      case "integer" ->
          F.numberNode(schema.has("minimum") ? Math.max(1, schema.get("minimum").asLong()) : 1);
      case "number" ->
          F.numberNode(schema.has("minimum") ? Math.max(1, schema.get("minimum").asDouble()) : 1);
      case "boolean" -> F.booleanNode(false);
      default -> F.stringNode(sampleString(schema, name));
    };
  }

  private static String sampleString(JsonNode schema, String name) {
    String format = schema.path("format").asText("");
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    switch (format) {
      case "uuid" -> {
        return UUID.randomUUID().toString();
      }
      case "date" -> {
        return "2030-01-15";
      }
      case "date-time" -> {
        return "2030-01-15T10:00:00Z";
      }
      case "email" -> {
        return "sweep-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
      }
      default -> {}
    }
    if (n.contains("email"))
      return "sweep-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    if (n.contains("timezone")) return "Asia/Almaty";
    List<String> candidates =
        List.of(
            "Sweep " + UUID.randomUUID().toString().substring(0, 6),
            "sweep-" + UUID.randomUUID().toString().substring(0, 6),
            "KZT",
            "ru",
            "NONE",
            "08:00",
            "22:00",
            "ab",
            "x",
            "1");
    if (n.contains("close") || n.endsWith("to") || n.contains("end")) {
      candidates = new ArrayList<>(candidates);
      candidates.add(0, "22:00");
    }
    if (schema.has("pattern")) {
      Pattern p = Pattern.compile(schema.get("pattern").asText());
      for (String c : candidates) if (p.matcher(c).find()) return c;
    }
    return candidates.get(0);
  }

  /** The same schema's properties, for mutations. */
  public Iterator<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
    return resolve(schema).path("properties").properties().iterator();
  }

  public List<String> required(JsonNode schema) {
    var list = new ArrayList<String>();
    resolve(schema).path("required").forEach(x -> list.add(x.asText()));
    return list;
  }
}

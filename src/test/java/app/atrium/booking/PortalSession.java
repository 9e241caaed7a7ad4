package app.atrium.booking;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session over real HTTP: signs in through the login form and posts forms with the
 * page's CSRF token, as the member portal's pages do. Sessions live in PostgreSQL, so one signed in
 * on one node is valid on every node.
 */
final class PortalSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
  private static final Pattern HIDDEN_CSRF =
      Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"|value=\"([^\"]+)\" name=\"_csrf\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private String csrf;

  /** Signs in on {@code node} and reads a CSRF token from {@code page}. */
  static PortalSession signIn(String node, String email, String password, String page)
      throws Exception {
    var s = new PortalSession();
    String login = s.get(node + "/login").body();
    var m = HIDDEN_CSRF.matcher(login);
    if (!m.find()) throw new IllegalStateException("no CSRF field on the login page");
    String token = m.group(1) != null ? m.group(1) : m.group(2);
    var signedIn =
        s.post(node + "/login", Map.of("username", email, "password", password, "_csrf", token));
    if (signedIn.statusCode() != 302
        || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
    }
    var meta = CSRF.matcher(s.get(node + page).body());
    if (!meta.find()) throw new IllegalStateException("no CSRF meta on " + page);
    s.csrf = meta.group(1);
    return s;
  }

  HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form with this session's CSRF token. */
  HttpResponse<String> postForm(String url, Map<String, String> fields) throws Exception {
    var withToken = new java.util.HashMap<>(fields);
    withToken.put("_csrf", csrf);
    return post(url, withToken);
  }

  private HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

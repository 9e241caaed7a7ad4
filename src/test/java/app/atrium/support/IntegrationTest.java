package app.atrium.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.platform.security.Accounts;
import app.atrium.platform.security.Role;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.tenancy.Onboarding;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Base of every test that touches data: the whole app on a real PostgreSQL (a fresh database per
 * Spring context, contexts cached), a server on a random port, MockMvc, and helpers to make a fresh
 * tenant per test so tests never see each other's rows.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "atrium.demo=true",
      "atrium.db.pool-size=8",
      // Jobs do not run by themselves in tests: a test runs a job's body with the test clock.
      "atrium.scheduler.enabled=false",
      // A mail server that is not there: health must stay UP regardless.
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=9"
    })
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import(IntegrationTest.TestClockConfiguration.class)
public abstract class IntegrationTest {

  private static final AtomicInteger tenants = new AtomicInteger();

  @Autowired protected MockMvc mvc;
  @Autowired protected JdbcClient db;
  @Autowired protected ObjectMapper json;
  @Autowired protected MutableClock clock;
  @Autowired protected Onboarding onboarding;
  @Autowired protected Accounts accounts;
  @Autowired protected TransactionTemplate tx;
  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabase.newDatabase();
    registry.add("atrium.db.url", () -> url);
    registry.add("atrium.db.owner-user", () -> TestDatabase.OWNER);
    registry.add("atrium.db.app-user", () -> TestDatabase.APP);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  /** A new coworking with an owner who has an API token. */
  protected TestTenant newTenant() {
    int n = tenants.incrementAndGet();
    String slug = "t" + n + "-" + UUID.randomUUID().toString().substring(0, 8);
    String email = "owner-" + slug + "@test.atrium";
    String password = "password-" + n;
    var created =
        onboarding.create(
            new Onboarding.NewCoworking(
                "Test coworking " + n,
                slug,
                "KZT",
                "en",
                "Asia/Almaty",
                "Main",
                "Street 1",
                "Owner " + n,
                email,
                password),
            false);
    String token = token(email, password, slug);
    return new TestTenant(created.tenantId(), created.locationId(), slug, email, password, token);
  }

  /** Adds a person with {@code role} and password to a tenant; returns their email. */
  protected String addUser(TestTenant tenant, Role role, String name) {
    String email = name.toLowerCase().replace(' ', '.') + "-" + tenant.slug() + "@test.atrium";
    inTenant(
        tenant.tenantId(),
        () -> {
          UUID id = accounts.grant(email, name, role);
          accounts.setInitialPassword(id, tenant.password());
          return id;
        });
    return email;
  }

  /** Signs in through the API and returns the bearer token. */
  protected String token(String email, String password, String tenantSlug) {
    try {
      String body =
          json.writeValueAsString(
              java.util.Map.of("email", email, "password", password, "tenant", tenantSlug));
      String response =
          mvc.perform(
                  post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body))
              .andReturn()
              .getResponse()
              .getContentAsString();
      JsonNode node = json.readTree(response);
      if (!node.has("token")) throw new IllegalStateException("No token: " + response);
      return node.get("token").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code work} in one transaction as {@code tenantId}. */
  protected <T> T inTenant(UUID tenantId, Supplier<T> work) {
    return TenantContext.callAs(tenantId, () -> tx.execute(s -> work.get()));
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class TestClockConfiguration {
    @Bean
    @Primary
    MutableClock mutableClock() {
      return new MutableClock();
    }
  }

  /** Keeps {@link Clock} injection points pointing at the mutable clock. */
  protected Clock appClock() {
    return clock;
  }
}

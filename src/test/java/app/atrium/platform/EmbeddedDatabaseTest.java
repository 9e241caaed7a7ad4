package app.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.AtriumApplication;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.tenancy.LocationDraft;
import app.atrium.tenancy.Locations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The app as `./mvnw spring-boot:run` starts it: embedded, durable, and keeping data. */
class EmbeddedDatabaseTest {

  private static ConfigurableApplicationContext start(Path dataDir) {
    // Command-line arguments, as a user would pass them: they win over application.yml.
    return new SpringApplicationBuilder(AtriumApplication.class)
        .run(
            "--server.port=0",
            "--atrium.db.url=",
            "--atrium.demo=",
            "--atrium.db.data-dir=" + dataDir,
            "--atrium.db.pool-size=3");
  }

  private static <T> T asDemo(
      ConfigurableApplicationContext app, java.util.function.Supplier<T> work) {
    JdbcClient db = app.getBean(JdbcClient.class);
    UUID tenant =
        app.getBean(TransactionTemplate.class)
            .execute(
                s ->
                    db.sql(
                            "SELECT tenant_id FROM atrium_account_tenants((SELECT account_id FROM atrium_login_lookup('damir@demo.atrium')))")
                        .query(UUID.class)
                        .single());
    return TenantContext.callAs(
        tenant, () -> app.getBean(TransactionTemplate.class).execute(s -> work.get()));
  }

  @Test
  void the_embedded_server_is_durable_and_a_restart_keeps_the_data() throws Exception {
    Path dir = Files.createTempDirectory("atrium-embedded");
    String locationName = "Kept across restarts " + UUID.randomUUID();
    try (var app = start(dir)) {
      JdbcClient db = app.getBean(JdbcClient.class);
      assertThat(db.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
      assertThat(db.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
      assertThat(db.sql("SELECT current_user").query(String.class).single())
          .isEqualTo("atrium_app");
      // A new embedded database starts in demo mode.
      asDemo(
          app,
          () ->
              app.getBean(Locations.class)
                  .create(new LocationDraft(locationName, "", "Asia/Almaty", List.of())));
    }
    assertThat(Files.exists(dir.resolve("PG_VERSION"))).isTrue();
    try (var app = start(dir)) {
      List<String> names =
          asDemo(
              app, () -> app.getBean(Locations.class).list().stream().map(l -> l.name()).toList());
      assertThat(names).contains(locationName);
      // The demo is created once, not again on restart.
      long tenants =
          app.getBean(JdbcClient.class)
              .sql(
                  "SELECT count(*) FROM atrium_account_tenants((SELECT account_id FROM atrium_login_lookup('damir@demo.atrium')))")
              .query(Long.class)
              .single();
      assertThat(tenants).isEqualTo(1);
    }
  }
}

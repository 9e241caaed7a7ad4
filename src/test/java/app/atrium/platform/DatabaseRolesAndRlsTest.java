package app.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatabaseRolesAndRlsTest extends IntegrationTest {

  /** Tables without tenant_id: global identities and libraries' own tables. Keep it short. */
  static final Set<String> GLOBAL_TABLES =
      Set.of(
          "account", // global identities (RLS: a tenant sees only its own people)
          "login_throttle", // failed sign-ins per email / address
          "flyway_schema_history",
          "scheduled_tasks", // db-scheduler: one row per scheduled execution, for every node
          "spring_session",
          "spring_session_attributes");

  @Test
  void the_runtime_role_is_not_superuser_cannot_bypass_rls_and_owns_nothing() {
    var role =
        db.sql(
                "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user")
            .query(
                (rs, i) ->
                    List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
            .single();
    assertThat(role).containsOnly(false);
    long owned =
        db.sql(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)")
            .query(Long.class)
            .single();
    assertThat(owned).isZero();
    long functions =
        db.sql(
                "SELECT count(*) FROM pg_proc WHERE proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)")
            .query(Long.class)
            .single();
    assertThat(functions).isZero();
  }

  @Test
  void every_table_is_tenant_scoped_with_forced_rls_or_on_the_short_global_list() {
    record Table(
        String name,
        boolean rls,
        boolean forced,
        boolean hasTenantId,
        boolean tenantInPk,
        long policies) {}
    var tables =
        db.sql(
                """
                SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                       EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped),
                       EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                               WHERE i.indrelid = c.oid AND i.indisprimary AND a.attname = 'tenant_id'),
                       (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                ORDER BY 1
                """)
            .query(
                (rs, i) ->
                    new Table(
                        rs.getString(1),
                        rs.getBoolean(2),
                        rs.getBoolean(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        rs.getLong(6)))
            .list();
    assertThat(tables)
        .extracting(Table::name)
        .contains("tenant", "location", "tenant_user", "api_token");
    for (Table t : tables) {
      if (GLOBAL_TABLES.contains(t.name())) continue;
      assertThat(t.rls() && t.forced())
          .as("table %s must ENABLE and FORCE row level security", t.name())
          .isTrue();
      assertThat(t.policies()).as("table %s must have a policy", t.name()).isPositive();
      if (!t.name().equals("tenant")) {
        assertThat(t.hasTenantId()).as("table %s must have tenant_id", t.name()).isTrue();
        assertThat(t.tenantInPk())
            .as("table %s must lead its primary key with tenant_id", t.name())
            .isTrue();
      }
    }
  }

  @Test
  void without_a_tenant_no_tenant_rows_are_visible_and_none_can_be_written() {
    newTenant();
    long visible = db.sql("SELECT count(*) FROM tenant").query(Long.class).single();
    assertThat(visible).isZero();
    assertThat(db.sql("SELECT count(*) FROM location").query(Long.class).single()).isZero();
    assertThat(db.sql("SELECT count(*) FROM account").query(Long.class).single()).isZero();
    assertThatThrownBy(
            () ->
                db.sql(
                        "INSERT INTO tenant (id, slug, name, currency) VALUES (gen_random_uuid(), 'sneaky', 'x', 'KZT')")
                    .update())
        .rootCause()
        .hasMessageContaining("row-level security");
  }

  @Test
  void a_tenant_sees_only_its_own_rows_even_when_naming_another_tenants_id() {
    TestTenant a = newTenant();
    TestTenant b = newTenant();
    long seen =
        inTenant(
            a.tenantId(),
            () ->
                db.sql("SELECT count(*) FROM location WHERE id = ? OR tenant_id = ?")
                    .param(b.locationId())
                    .param(b.tenantId())
                    .query(Long.class)
                    .single());
    assertThat(seen).isZero();
    int changed =
        inTenant(
            a.tenantId(),
            () ->
                db.sql("UPDATE location SET name = 'hijacked' WHERE id = ?")
                    .param(b.locationId())
                    .update());
    assertThat(changed).isZero();
    assertThatThrownBy(
            () ->
                inTenant(
                    a.tenantId(),
                    () ->
                        db.sql(
                                "INSERT INTO location (tenant_id, id, name, time_zone) VALUES (?, gen_random_uuid(), 'x', 'UTC')")
                            .param(b.tenantId())
                            .update()))
        .rootCause()
        .hasMessageContaining("row-level security");
  }

  @Test
  void accounts_cannot_be_written_directly_by_the_app_role() {
    TestTenant a = newTenant();
    assertThatThrownBy(
            () ->
                inTenant(
                    a.tenantId(), () -> db.sql("UPDATE account SET password_hash = 'x'").update()))
        .rootCause()
        .hasMessageContaining("permission denied");
  }
}

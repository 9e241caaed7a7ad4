package app.atrium.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.platform.security.Role;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class TasksApiTest extends IntegrationTest {

  @Autowired Tasks tasks;

  private ResultActions postJson(String path, String bearer, Object body) throws Exception {
    return mvc.perform(
        post(path)
            .header(HttpHeaders.AUTHORIZATION, bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  private JsonNode read(ResultActions r) throws Exception {
    return json.readTree(r.andReturn().getResponse().getContentAsString());
  }

  private UUID accountOf(TestTenant t, String email) {
    return inTenant(
        t.tenantId(),
        () ->
            db.sql("SELECT id FROM account WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .single());
  }

  @Test
  void staff_create_list_filter_reassign_and_complete_tasks() throws Exception {
    TestTenant t = newTenant();
    String gulnaraEmail = addUser(t, Role.ADMIN, "Gulnara Desk");
    UUID gulnara = accountOf(t, gulnaraEmail);
    String gulnaraBearer = "Bearer " + token(gulnaraEmail, t.password(), t.slug());
    UUID member = UUID.randomUUID();

    Map<String, Object> call = new LinkedHashMap<>();
    call.put("title", "Call Asel about renewal");
    call.put("details", "Her Resident term ends on 2026-12-10");
    call.put("dueOn", "2026-12-09");
    call.put("assigneeId", gulnara.toString());
    call.put("subjectType", "member");
    call.put("subjectId", member.toString());
    JsonNode created =
        read(
            postJson("/api/v1/tasks", t.bearer(), call)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.assigneeName").value("Gulnara Desk"))
                .andExpect(
                    jsonPath("$.createdByName")
                        .value("Owner " + t.slug().substring(1, t.slug().indexOf('-'))))
                .andExpect(jsonPath("$.dueOn").value("2026-12-09")));
    String id = created.get("id").asText();
    postJson(
            "/api/v1/tasks",
            t.bearer(),
            Map.of("title", "Order coffee beans", "dueOn", "2027-01-15"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.assigneeId").doesNotExist());

    mvc.perform(get("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[0].id").value(id));
    mvc.perform(get("/api/v1/tasks?mine=true").header(HttpHeaders.AUTHORIZATION, gulnaraBearer))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].title").value("Call Asel about renewal"));
    mvc.perform(get("/api/v1/tasks?mine=true").header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(0)));
    mvc.perform(get("/api/v1/tasks?dueBy=2026-12-31").header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].id").value(id));
    mvc.perform(
            get("/api/v1/tasks?subjectType=member&subjectId=" + member)
                .header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(1)));

    // Given to the owner, then done by the admin: it leaves the open list, stays in ANY.
    UUID owner = accountOf(t, t.ownerEmail());
    postJson("/api/v1/tasks/" + id + "/reassign", t.bearer(), Map.of("assigneeId", owner))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.assigneeId").value(owner.toString()));
    postJson("/api/v1/tasks/" + id + "/complete", gulnaraBearer, Map.of())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DONE"))
        .andExpect(jsonPath("$.completedBy").value(gulnara.toString()))
        .andExpect(jsonPath("$.completedAt").isNotEmpty());
    String completedAt =
        read(mvc.perform(get("/api/v1/tasks/" + id).header(HttpHeaders.AUTHORIZATION, t.bearer())))
            .get("completedAt")
            .asText();
    postJson("/api/v1/tasks/" + id + "/complete", t.bearer(), Map.of())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.completedAt").value(completedAt));
    mvc.perform(get("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(1)));
    mvc.perform(get("/api/v1/tasks?status=ANY").header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(2)));
    mvc.perform(get("/api/v1/tasks/assignees").header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[0].role").value("OWNER"))
        .andExpect(jsonPath("$[1].displayName").value("Gulnara Desk"));
  }

  @Test
  void a_task_goes_only_to_staff_and_bad_input_changes_nothing() throws Exception {
    TestTenant t = newTenant();
    UUID memberLogin = accountOf(t, addUser(t, Role.MEMBER, "Asel Member"));
    postJson("/api/v1/tasks", t.bearer(), Map.of("title", "Call", "assigneeId", memberLogin))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("assigneeId"));
    postJson("/api/v1/tasks", t.bearer(), Map.of("title", "Call", "assigneeId", UUID.randomUUID()))
        .andExpect(status().isUnprocessableContent());
    postJson("/api/v1/tasks", t.bearer(), Map.of("title", "Call", "subjectType", "member"))
        .andExpect(status().isUnprocessableContent());
    postJson("/api/v1/tasks", t.bearer(), Map.of("title", "  "))
        .andExpect(status().isUnprocessableContent());
    postJson("/api/v1/tasks", t.bearer(), Map.of("title", "Call", "dueOn", "1999-12-31"))
        .andExpect(status().isUnprocessableContent());
    postJson(
            "/api/v1/tasks",
            t.bearer(),
            Map.of("title", "Call", "subjectType", "Member!", "subjectId", UUID.randomUUID()))
        .andExpect(status().isUnprocessableContent());
    String id =
        read(postJson("/api/v1/tasks", t.bearer(), Map.of("title", "Call"))).get("id").asText();
    postJson("/api/v1/tasks/" + id + "/reassign", t.bearer(), Map.of("assigneeId", memberLogin))
        .andExpect(status().isUnprocessableContent());
    postJson("/api/v1/tasks/" + UUID.randomUUID() + "/complete", t.bearer(), Map.of())
        .andExpect(status().isNotFound());
    assertThat(inTenant(t.tenantId(), () -> tasks.list(TaskQuery.open())))
        .singleElement()
        .satisfies(task -> assertThat(task.assigneeId()).isNull());

    // A member's own login may not read the staff's tasks.
    String memberBearer =
        "Bearer " + token("asel.member-" + t.slug() + "@test.atrium", t.password(), t.slug());
    mvc.perform(get("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, memberBearer))
        .andExpect(status().isForbidden());
    postJson("/api/v1/tasks/" + id + "/complete", memberBearer, Map.of())
        .andExpect(status().isForbidden());
  }

  @Test
  void a_dedupe_key_makes_a_task_exist_once() throws Exception {
    TestTenant t = newTenant();
    Map<String, Object> body = Map.of("title", "Chase invoice 42", "dedupeKey", "invoice:42");
    String id = read(postJson("/api/v1/tasks", t.bearer(), body)).get("id").asText();
    postJson("/api/v1/tasks", t.bearer(), body)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("duplicate-task")))
        .andExpect(jsonPath("$.taskId").value(id));

    Optional<Task> again =
        inTenant(
            t.tenantId(),
            () ->
                tasks.createOnce(
                    new TaskDraft("Chase invoice 42", null, null, null, null, null, "invoice:42")));
    assertThat(again).isEmpty();
    // Another coworking has its own keys.
    TestTenant other = newTenant();
    postJson("/api/v1/tasks", other.bearer(), body).andExpect(status().isCreated());

    // Two threads racing with one key: one task.
    TaskDraft race = new TaskDraft("Race", null, null, null, null, null, "race:1");
    var barrier = new CyclicBarrier(2);
    try (var pool = Executors.newFixedThreadPool(2)) {
      Future<Optional<Task>> a =
          pool.submit(
              () -> {
                barrier.await();
                return inTenant(t.tenantId(), () -> tasks.createOnce(race));
              });
      Future<Optional<Task>> b =
          pool.submit(
              () -> {
                barrier.await();
                return inTenant(t.tenantId(), () -> tasks.createOnce(race));
              });
      assertThat(a.get().isPresent() ^ b.get().isPresent()).as("exactly one created").isTrue();
    }
    long rows =
        inTenant(
            t.tenantId(),
            () ->
                db.sql("SELECT count(*) FROM task WHERE dedupe_key = 'race:1'")
                    .query(Long.class)
                    .single());
    assertThat(rows).isOne();
  }

  @Test
  void another_coworking_neither_sees_nor_completes_a_task() throws Exception {
    TestTenant t = newTenant();
    TestTenant other = newTenant();
    String id =
        read(postJson(
                "/api/v1/tasks",
                t.bearer(),
                Map.of("title", "Private", "dueOn", LocalDate.now().toString())))
            .get("id")
            .asText();
    mvc.perform(get("/api/v1/tasks?status=ANY").header(HttpHeaders.AUTHORIZATION, other.bearer()))
        .andExpect(jsonPath("$", hasSize(0)));
    mvc.perform(get("/api/v1/tasks/" + id).header(HttpHeaders.AUTHORIZATION, other.bearer()))
        .andExpect(status().isNotFound());
    postJson("/api/v1/tasks/" + id + "/complete", other.bearer(), Map.of())
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/tasks/" + id).header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$.status").value("OPEN"));
    long seen =
        inTenant(
            other.tenantId(), () -> db.sql("SELECT count(*) FROM task").query(Long.class).single());
    assertThat(seen).isZero();
  }
}

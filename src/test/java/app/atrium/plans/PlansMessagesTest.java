package app.atrium.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PlansMessagesTest {

  @Test
  void every_language_has_the_same_plans_keys() throws IOException {
    Properties en = load("plans");
    assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("plans."));
    assertThat(load("plans_ru").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(load("plans_es").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
  }

  @Test
  void every_allowance_kind_workplace_and_extra_has_a_label() throws IOException {
    Properties en = load("plans");
    for (AllowanceKind k : AllowanceKind.values()) {
      assertThat(en).containsKeys("plans.allowance." + k, "plans.allowance." + k + ".amount");
      assertThat(en).containsKey("plans.allowance." + k + ".unlimited");
    }
    for (Workplace w : Workplace.values()) assertThat(en).containsKey("plans.workplace." + w);
    for (Extra e : Extra.values()) assertThat(en).containsKey("plans.extra." + e);
    for (PlanPeriod p : PlanPeriod.values())
      assertThat(en).containsKeys("plans.period." + p, "plans.price." + p);
    for (LocationAccess l : LocationAccess.values())
      assertThat(en).containsKey("plans.locations." + l);
    for (AccessSchedule s : AccessSchedule.values())
      assertThat(en).containsKey("plans.schedule." + s);
    for (AllowancePool p : AllowancePool.values()) assertThat(en).containsKey("plans.pool." + p);
  }

  @Test
  void every_term_history_entry_and_fee_line_has_a_label() throws IOException {
    Properties en = load("plans");
    for (MembershipTerm t : MembershipTerm.values())
      assertThat(en).containsKey("plans.membership.term." + t);
    for (MembershipEventKind k : MembershipEventKind.values())
      assertThat(en).containsKey("plans.membership.event." + k);
    for (var k : app.atrium.plans.domain.FeeLine.Kind.values())
      assertThat(en).containsKey("plans.membership.line." + k);
  }

  private static Properties load(String name) throws IOException {
    var p = new Properties();
    try (var in = PlansMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}

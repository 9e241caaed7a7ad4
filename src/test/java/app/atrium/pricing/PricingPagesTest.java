package app.atrium.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.plans.PlansTestSupport;
import app.atrium.platform.security.Role;
import app.atrium.spaces.BookedBy;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.ResourceTypeDraft;
import app.atrium.spaces.ResourceTypes;
import app.atrium.support.TestTenant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PricingPagesTest extends PlansTestSupport {

  private static final String NBSP = "\u00a0";

  @Autowired ResourceTypes types;
  @Autowired Pricing pricing;

  TestTenant t;
  UUID rooms;

  @BeforeEach
  void coworking() {
    t = newTenant();
    rooms =
        inTenant(
            t.tenantId(),
            () ->
                types
                    .create(
                        new ResourceTypeDraft(
                            "Переговорные",
                            "room",
                            ResourceKind.EXCLUSIVE,
                            true,
                            30,
                            30,
                            null,
                            BookedBy.MEMBERS))
                    .id());
  }

  @Test
  void staff_add_a_weekend_discount_from_the_form_and_see_it_in_the_list() throws Exception {
    mvc.perform(
            post("/staff/price-rules/new")
                .with(staff(t, Role.ADMIN, "ru"))
                .with(csrf())
                .param("scope", "type:" + rooms)
                .param("kind", "RATE")
                .param("label", "Тариф")
                .param("amount", "5 000")
                .param("unit", "HOUR"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/staff/price-rules"));
    mvc.perform(
            post("/staff/price-rules/new")
                .with(staff(t, Role.ADMIN, "ru"))
                .with(csrf())
                .param("scope", "type:" + rooms)
                .param("kind", "ADJUSTMENT")
                .param("label", "Выходные")
                .param("percent", "-30")
                .param("weekdays", "6", "7")
                .param("_weekdays", "on"))
        .andExpect(status().is3xxRedirection());

    String page =
        mvc.perform(get("/staff/price-rules").param("lang", "ru").with(staff(t, Role.ADMIN, "ru")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("id=\"price-rules\"")
        .contains("Прайс-лист")
        .contains("5" + NBSP + "000" + NBSP + "₸")
        .contains("за час")
        .contains("Выходные")
        .contains("−30%")
        .contains("сб, вс");
    assertThat(inTenant(t.tenantId(), () -> pricing.rules(rooms, null))).hasSize(2);
  }

  @Test
  void a_wrong_rule_stays_on_the_form_and_says_which_field_to_fix() throws Exception {
    String page =
        mvc.perform(
                post("/staff/price-rules/new")
                    .with(staff(t, Role.ADMIN, "en"))
                    .with(csrf())
                    .param("scope", "type:" + rooms)
                    .param("kind", "RATE")
                    .param("label", "Evenings")
                    .param("amount", "5000")
                    .param("unit", "HOUR")
                    .param("from", "18:00")
                    .param("to", "10:00"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("id=\"price-rule-form\"").contains("to: must be after from");
    assertThat(inTenant(t.tenantId(), () -> pricing.rules(null, null))).isEmpty();
  }

  @Test
  void staff_change_and_delete_a_rule_and_members_cannot_see_the_pages() throws Exception {
    PriceRule rule =
        inTenant(
            t.tenantId(),
            () ->
                pricing.createRule(
                    new PriceRuleDraft(
                        rooms,
                        null,
                        RuleKind.RATE,
                        "Tariff",
                        new java.math.BigDecimal("5000"),
                        RateUnit.HOUR,
                        null,
                        null,
                        "10:00",
                        null,
                        null,
                        null)));
    String edit =
        mvc.perform(get("/staff/price-rules/" + rule.id()).with(staff(t, Role.ADMIN, "en")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(edit).contains("value=\"24:00\"").contains("value=\"5000\"");

    mvc.perform(
            post("/staff/price-rules/" + rule.id())
                .with(staff(t, Role.ADMIN, "en"))
                .with(csrf())
                .param("scope", "type:" + rooms)
                .param("kind", "RATE")
                .param("label", "Tariff")
                .param("amount", "5500,50")
                .param("unit", "HOUR"))
        .andExpect(status().is3xxRedirection());
    PriceRule changed = inTenant(t.tenantId(), () -> pricing.rule(rule.id()));
    assertThat(changed.amount()).isEqualByComparingTo("5500.50");
    assertThat(changed.banded()).isFalse();

    mvc.perform(get("/staff/price-rules").with(staff(t, Role.MEMBER, "en")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/staff/price-rules/" + rule.id() + "/delete")
                .with(staff(t, Role.ACCOUNTANT, "en"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/staff/price-rules/" + rule.id() + "/delete")
                .with(staff(t, Role.OWNER, "en"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(inTenant(t.tenantId(), () -> pricing.findRule(rule.id()))).isEmpty();
  }
}

package app.atrium.plans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.atrium.members.MemberDraft;
import app.atrium.members.Members;
import app.atrium.support.BrowserTest;
import app.atrium.support.TestTenant;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The front desk upgrades a member from her card, seeing what it costs before confirming. */
class MembershipBrowserTest extends BrowserTest {

  @Autowired Plans plans;
  @Autowired Memberships memberships;
  @Autowired Members members;

  @Test
  void the_front_desk_previews_an_upgrade_from_the_member_card_and_confirms_it() {
    TestTenant t = newTenant();
    clock.setInstant(Instant.parse("2026-11-16T07:00:00Z"));
    UUID member =
        inTenant(
            t.tenantId(),
            () -> {
              Plan flex = plans.create(draft("FLEX", "Flex", "45000", Workplace.ANY_DESK, 2));
              plans.create(draft("RESIDENT", "Resident", "85000", Workplace.FIXED_DESK, 5));
              UUID id =
                  members
                      .create(
                          new MemberDraft("Asel", "Nurlanova", null, null, null, null, List.of()))
                      .id();
              memberships.start(
                  new MembershipDraft(id, flex.id(), t.locationId(), LocalDate.of(2026, 10, 1)));
              return id;
            });

    signIn(page, t.ownerEmail(), t.password());
    page.navigate(baseUrl() + "/staff/members/" + member + "?lang=en");
    // The card loads its memberships section by itself.
    assertThat(page.locator("#membership-list")).containsText("Flex");
    page.locator("#membership-list a").first().click();
    page.waitForURL(url -> url.matches(".*/staff/memberships/[0-9a-f-]{36}.*"));
    assertThat(page.locator("#membership-plan")).hasText("Flex");

    page.locator("#change-plan")
        .selectOption(
            new com.microsoft.playwright.options.SelectOption()
                .setLabel("Resident — KZT\u00a085,000"));
    page.locator("#preview-upgrade").click();
    assertThat(page.locator("#upgrade-preview")).containsText("KZT\u00a020,000");
    assertThat(page.locator("#upgrade-preview")).containsText("2.5 h of meeting rooms");
    assertThat(page.locator("#membership-plan")).hasText("Flex");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/membership-preview.png"))
            .setFullPage(true));

    page.locator("#confirm-upgrade").click();
    assertThat(page.locator("#membership-plan")).hasText("Resident");
    assertThat(page.locator(".flash.ok")).containsText("Upgraded from today");
    assertThat(page.locator("#history-list")).containsText("Upgraded to");

    page.locator("#freeze-first").fill("2026-11-20");
    page.locator("#freeze-last").fill("2026-11-24");
    page.locator("#freeze").click();
    assertThat(page.locator("#freeze-list")).containsText("5 days");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/membership-page.png"))
            .setFullPage(true));
  }

  private static PlanDraft draft(
      String code, String name, String price, Workplace workplace, int hours) {
    return new PlanDraft(
        code,
        name,
        "",
        new BigDecimal(price),
        false,
        PlanPeriod.MONTH,
        workplace,
        List.of(Allowance.of(AllowanceKind.MEETING_ROOM_HOURS, hours)),
        Set.of(),
        BigDecimal.ZERO,
        LocationAccess.HOME,
        AccessSchedule.OPENING_HOURS,
        BigDecimal.ZERO,
        true,
        true,
        null);
  }
}

package app.atrium.booking;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.support.BrowserTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Gulnara's timeline and Asel's free rooms, open side by side in two browsers: a booking made in
 * one shows in the other within a second, pushed over SSE with no polling, and Asel trying the slot
 * Gulnara just took is told so, with alternatives.
 */
class BookingLiveBrowserTest extends BrowserTest {

  /**
   * Notes when the page's SSE connection opens and when htmx has since swapped something in (the
   * refresh the stream's first event asks for), again on every page load.
   */
  private static final String WATCH_SSE =
      "window.__sseOpen = false; window.__swaps = 0;"
          + " document.addEventListener('htmx:sseOpen', () => { window.__sseOpen = true; }, true);"
          + " document.addEventListener('htmx:afterSettle', () => {"
          + " if (window.__sseOpen) window.__swaps++; }, true);";

  private final List<String> requests = new CopyOnWriteArrayList<>();

  @Test
  void a_booking_in_one_browser_appears_in_the_other_within_a_second_without_polling() {
    String day = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(1).toString();
    Page staff = page;
    BrowserContext memberContext = newContext();
    Page member = memberContext.newPage();
    try {
      for (Page p : List.of(staff, member)) {
        p.addInitScript(WATCH_SSE);
        p.onRequest(r -> requests.add(r.url()));
      }
      signIn(staff, "gulnara@demo.atrium", "demo");
      signIn(member, "asel@demo.atrium", "demo");
      staff.navigate(baseUrl() + "/staff/bookings?date=" + day);
      member.navigate(baseUrl() + "/portal/book?date=" + day + "&start=21:00&minutes=60");
      connected(staff);
      connected(member);

      // Quiet: nothing changes, so nothing is fetched.
      requests.clear();
      member.waitForTimeout(3_000);
      assertThat(fragmentRequests()).as("requests while nothing changed").isEmpty();

      var rooms = member.locator("#free-rooms li.room[data-capacity=false]");
      assertThat(rooms.count()).isGreaterThanOrEqualTo(2);
      String mine = rooms.nth(0).getAttribute("data-resource-id");
      String desks = rooms.nth(1).getAttribute("data-resource-id");
      String desksName = rooms.nth(1).locator("strong").textContent();

      // The desk books a room for a member; it leaves Asel's free rooms at once.
      staff
          .locator(".tl-row[data-resource-id='" + desks + "'] a.tl-cell[data-start='21:00']")
          .click();
      // Found by a part of her name, picked from the live search's answer.
      // Type only once htmx has wired the search field, or the input event goes unheard.
      staff.waitForURL(url -> url.contains("/staff/bookings/new"));
      staff.waitForFunction("() => window.htmx && document.querySelector('#member-q')");
      staff.locator("#member-q").fill("Абдрахман");
      staff.locator("#member-options input[type=radio]").first().check();
      watchUntil(
          member, "!document.querySelector(\"#free-rooms li[data-resource-id='" + desks + "']\")");
      long clicked = System.currentTimeMillis();
      staff.locator("#save-booking").click();
      long shownAfter = shownAt(member) - clicked;
      System.out.printf("Live: desk booking shown on the portal after %d ms%n", shownAfter);
      assertThat(shownAfter).as("ms from the desk's click to the member's page").isLessThan(1_000);
      assertThat(staff.locator("#booking-done")).isVisible();

      // Asel books another room; it appears on Gulnara's timeline with her name at once.
      connected(staff);
      watchUntil(
          staff,
          "[...document.querySelectorAll(\".tl-row[data-resource-id='"
              + mine
              + "'] .tl-block\")].some(b => b.textContent.includes('Асель'))");
      clicked = System.currentTimeMillis();
      member.locator("#book-" + mine).click();
      shownAfter = shownAt(staff) - clicked;
      System.out.printf("Live: portal booking shown on the desk after %d ms%n", shownAfter);
      assertThat(shownAfter)
          .as("ms from the member's click to the desk's timeline")
          .isLessThan(1_000);
      assertThat(member.locator("#booking-done")).isVisible();
      assertThat(requests.stream().anyMatch(u -> u.contains("/live/bookings?locationId=")))
          .as("the pages listen on the live stream")
          .isTrue();

      // Asel tries the room the desk just took: a clear refusal with alternatives.
      member.navigate(baseUrl() + "/portal/book?date=" + day + "&start=21:00&minutes=60");
      member.locator("#book-specific summary").click();
      member.locator("#specific-resource").selectOption(new SelectOption().setValue(desks));
      member.locator("#specific-book").click();
      assertThat(member.locator("#booking-error")).isVisible();
      assertThat(member.locator("#booking-error")).containsText(desksName);
      assertThat(member.locator("#alternative-0")).isVisible();
      member.locator("#alternative-0").click();
      assertThat(member.locator("#booking-done")).isVisible();
    } finally {
      memberContext.close();
    }
  }

  /** Waits for the page's live connection, and for the refresh its first event asks for. */
  private static void connected(Page p) {
    p.waitForFunction("() => window.__sseOpen === true && window.__swaps > 0");
  }

  /** Records in the page the moment {@code condition} first holds. */
  private static void watchUntil(Page p, String condition) {
    p.evaluate(
        "() => { window.__shownAt = null;"
            + " const check = () => { if (window.__shownAt === null && ("
            + condition
            + ")) window.__shownAt = Date.now(); };"
            + " new MutationObserver(check).observe(document.body, {subtree: true, childList: true});"
            + " check(); }");
  }

  private static long shownAt(Page p) {
    p.waitForFunction("() => window.__shownAt !== null");
    return ((Number) p.evaluate("() => window.__shownAt")).longValue();
  }

  private List<String> fragmentRequests() {
    return requests.stream()
        .filter(
            u ->
                u.contains("/staff/bookings/day")
                    || u.contains("/portal/book/rooms")
                    || u.contains("/api/"))
        .toList();
  }
}

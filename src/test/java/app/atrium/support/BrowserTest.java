package app.atrium.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of browser tests: Debian's Chromium driven by Playwright against the app on its random port.
 * Where Chromium is missing the tests are skipped with a loud warning, except under {@code
 * CI=true}, where that fails them.
 */
public abstract class BrowserTest extends IntegrationTest {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static Playwright playwright;
  private static Browser browser;

  protected BrowserContext context;
  protected Page page;

  static synchronized Browser browser() {
    if (browser == null) {
      if (!Files.isExecutable(CHROMIUM)) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          throw new IllegalStateException(
              "CI=true but "
                  + CHROMIUM
                  + " is missing: install Debian's chromium (apt-get install -y chromium)");
        }
        System.err.println(
            """

            ##########################################################################
            ##  WARNING: /usr/bin/chromium is missing, BROWSER TESTS ARE SKIPPED.    ##
            ##  Install it with: apt-get update && apt-get install -y chromium       ##
            ##########################################################################
            """);
        Assumptions.abort("Chromium is not installed at " + CHROMIUM);
      }
      playwright = Playwright.create();
      browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(CHROMIUM)
                      .setHeadless(true)
                      .setArgs(
                          List.of(
                              "--no-sandbox",
                              "--disable-gpu",
                              "--disable-background-networking",
                              "--disable-component-update",
                              "--disable-sync")));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    browser.close();
                    playwright.close();
                  }));
    }
    return browser;
  }

  @BeforeEach
  void openPage() {
    context = newContext();
    page = context.newPage();
  }

  @AfterEach
  void closePage() {
    if (context != null) context.close();
  }

  /** A fresh browser context (its own cookies), English unless a test switches language. */
  protected BrowserContext newContext() {
    BrowserContext c = browser().newContext(new Browser.NewContextOptions().setLocale("en-US"));
    c.setDefaultTimeout(10_000);
    return c;
  }

  /** Signs in on the login page of {@code p} and waits for the landing page. */
  protected void signIn(Page p, String email, String password) {
    p.navigate(baseUrl() + "/login");
    p.locator("#username").fill(email);
    p.locator("#password").fill(password);
    p.locator("#sign-in").click();
    p.waitForURL(url -> !url.contains("/login"));
  }
}

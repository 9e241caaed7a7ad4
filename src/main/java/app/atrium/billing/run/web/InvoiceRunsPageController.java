package app.atrium.billing.run.web;

import app.atrium.billing.run.InvoiceRun;
import app.atrium.billing.run.InvoiceRunProperties;
import app.atrium.billing.run.InvoiceRuns;
import app.atrium.platform.web.AtriumException;
import app.atrium.platform.web.Months;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff page of the invoice run: start a month's run, preview it, see the latest runs. */
@Controller
class InvoiceRunsPageController {

  private final InvoiceRuns runs;
  private final InvoiceRunProperties props;
  private final MessageSource messages;
  private final Clock clock;

  InvoiceRunsPageController(
      InvoiceRuns runs, InvoiceRunProperties props, MessageSource messages, Clock clock) {
    this.runs = runs;
    this.props = props;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/staff/invoice-runs")
  String page(@RequestParam(required = false) String period, Model model) {
    model.addAttribute("active", "invoice-runs");
    model.addAttribute(
        "period", period != null ? period : YearMonth.from(clock.instant().atZone(runs.zone())));
    model.addAttribute("runAt", props.runAt());
    model.addAttribute("runs", runs.recent(20));
    model.addAttribute("zone", runs.zone());
    return "billing/invoice-runs";
  }

  @PostMapping("/staff/invoice-runs")
  String start(@RequestParam String period, RedirectAttributes redirect, Locale locale) {
    try {
      InvoiceRun run = runs.start(parse(period), InvoiceRun.Trigger.STAFF);
      redirect.addFlashAttribute(
          "flashOk",
          messages.getMessage("billingrun.page.startedRun", new Object[] {run.period()}, locale));
    } catch (AtriumException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:/staff/invoice-runs";
  }

  @PostMapping("/staff/invoice-runs/preview")
  String preview(@RequestParam String period, Model model) {
    model.addAttribute("active", "invoice-runs");
    model.addAttribute("period", period);
    model.addAttribute("runAt", props.runAt());
    model.addAttribute("runs", runs.recent(20));
    model.addAttribute("zone", runs.zone());
    try {
      model.addAttribute("preview", runs.preview(parse(period), 50, 0));
    } catch (AtriumException e) {
      model.addAttribute("flashError", e.getMessage());
    }
    return "billing/invoice-runs";
  }

  private static YearMonth parse(String period) {
    return Months.parse("period", period);
  }
}

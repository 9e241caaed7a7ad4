package app.atrium.statement.web;

import app.atrium.platform.web.Months;
import app.atrium.statement.Statements;
import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member portal's "My month": what her plan covered so far and what she pays beyond it. */
@Controller
class PortalMonthController {

  private final Statements statements;

  PortalMonthController(Statements statements) {
    this.statements = statements;
  }

  @GetMapping("/portal/month")
  String month(@RequestParam(required = false) String month, Model model) {
    YearMonth period = Months.read(month).orElse(null);
    boolean hasCard = statements.me().isPresent();
    model.addAttribute("hasCard", hasCard);
    if (hasCard) {
      var s = statements.month(null, period);
      model.addAttribute("s", s);
      model.addAttribute("previous", s.month().minusMonths(1));
      model.addAttribute("next", s.month().plusMonths(1));
    }
    return "statement/portal-month";
  }
}

package app.atrium.members.web;

import app.atrium.members.Companies;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member portal's home: her own card, and the one thing she may change herself, her phone. */
@Controller
class PortalController {

  private final Members members;
  private final Companies companies;

  PortalController(Members members, Companies companies) {
    this.members = members;
    this.companies = companies;
  }

  @GetMapping("/portal")
  String home(Model model) {
    Optional<Member> me = me();
    model.addAttribute("member", me.orElse(null));
    model.addAttribute("company", me.map(Member::companyId).flatMap(companies::find).orElse(null));
    if (!model.containsAttribute("phone")) {
      model.addAttribute("phone", me.map(Member::phone).orElse(""));
    }
    return "members/portal";
  }

  @PostMapping("/portal/phone")
  String changePhone(
      @RequestParam(defaultValue = "") String phone,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Member member =
        me().orElseThrow(() -> AtriumException.notFound("Member card of", user().email()));
    try {
      members.changePhone(member.id(), phone.strip());
    } catch (AtriumException e) {
      response.setStatus(e.status().value());
      model.addAttribute("phone", phone);
      model.addAttribute("phoneError", e.firstMessage());
      return home(model);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/portal";
  }

  private Optional<Member> me() {
    return members.findByAccount(user().accountId());
  }

  private static AtriumUser user() {
    return TenantContext.currentUser()
        .orElseThrow(() -> new IllegalStateException("Not signed in"));
  }
}

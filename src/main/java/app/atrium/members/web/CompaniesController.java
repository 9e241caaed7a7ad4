package app.atrium.members.web;

import app.atrium.members.Companies;
import app.atrium.members.Company;
import app.atrium.members.MemberQuery;
import app.atrium.members.MemberStatus;
import app.atrium.members.Members;
import app.atrium.platform.web.AtriumException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff's company pages: the list, a new company, the company card with its people. */
@Controller
class CompaniesController {

  private final Companies companies;
  private final Members members;

  CompaniesController(Companies companies, Members members) {
    this.companies = companies;
    this.members = members;
  }

  @GetMapping("/staff/companies")
  String list(@RequestParam(required = false) String q, Model model) {
    String query = q == null ? "" : q.strip();
    if (query.length() > 200) query = query.substring(0, 200);
    model.addAttribute("q", query);
    model.addAttribute("companies", companies.list(query));
    return "members/companies";
  }

  @GetMapping("/staff/companies/new")
  String newCompany(Model model) {
    model.addAttribute("form", new CompanyForm());
    return "members/company-new";
  }

  @PostMapping("/staff/companies/new")
  String create(
      @ModelAttribute("form") CompanyForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Company created = companies.create(form.toDraft());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/staff/companies/" + created.id();
    } catch (AtriumException e) {
      refused(e, errors, model, response);
      return "members/company-new";
    }
  }

  @GetMapping("/staff/companies/{id}")
  String card(@PathVariable UUID id, Model model) {
    Company company = companies.get(id);
    if (!model.containsAttribute("form")) model.addAttribute("form", CompanyForm.of(company));
    return card(company, model);
  }

  @PostMapping("/staff/companies/{id}")
  String update(
      @PathVariable UUID id,
      @ModelAttribute("form") CompanyForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Company company = companies.get(id);
    try {
      companies.update(id, form.toDraft());
    } catch (AtriumException e) {
      refused(e, errors, model, response);
      return card(company, model);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/staff/companies/" + id;
  }

  @PostMapping("/staff/companies/{id}/delete")
  String delete(
      @PathVariable UUID id,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Company company = companies.get(id);
    try {
      companies.delete(id);
    } catch (AtriumException e) {
      model.addAttribute("form", CompanyForm.of(company));
      model.addAttribute("deleteRefused", company.activeMembers());
      response.setStatus(e.status().value());
      return card(company, model);
    }
    redirect.addFlashAttribute("deleted", company.name());
    return "redirect:/staff/companies";
  }

  private String card(Company company, Model model) {
    model.addAttribute("company", company);
    model.addAttribute(
        "people",
        members
            .search(new MemberQuery(null, company.id(), null, null, MemberQuery.MAX_LIMIT, 0))
            .items());
    model.addAttribute("active", MemberStatus.ACTIVE);
    return "members/company";
  }

  private static void refused(
      AtriumException e, BindingResult errors, Model model, HttpServletResponse response) {
    if (!FormErrors.bind(e, errors)) model.addAttribute("flashError", e.getMessage());
    response.setStatus(e.status().value());
  }
}

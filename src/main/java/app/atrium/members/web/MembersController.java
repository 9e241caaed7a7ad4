package app.atrium.members.web;

import app.atrium.members.Companies;
import app.atrium.members.Member;
import app.atrium.members.MemberNotes;
import app.atrium.members.MemberPage;
import app.atrium.members.MemberQuery;
import app.atrium.members.MemberStatus;
import app.atrium.members.Members;
import app.atrium.members.NoteDraft;
import app.atrium.platform.web.AtriumException;
import app.atrium.tenancy.Locations;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The front desk's member pages: search, a new member, the member card with its timeline. */
@Controller
class MembersController {

  static final int PAGE_SIZE = 50;

  private final Members members;
  private final MemberNotes notes;
  private final Companies companies;
  private final Locations locations;

  MembersController(Members members, MemberNotes notes, Companies companies, Locations locations) {
    this.members = members;
    this.notes = notes;
    this.companies = companies;
    this.locations = locations;
  }

  @GetMapping("/staff/members")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) String companyId,
      @RequestParam(defaultValue = "ACTIVE") String status,
      @RequestParam(defaultValue = "0") int offset,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
      HttpServletResponse response,
      Model model) {
    String query = q == null ? "" : q.strip();
    if (query.length() > 200) query = query.substring(0, 200);
    String tagFilter = tag == null || tag.isBlank() || tag.length() > 30 ? null : tag.strip();
    UUID company = parseId(companyId);
    String statusFilter =
        switch (status) {
          case "ARCHIVED", "ANY" -> status;
          default -> "ACTIVE";
        };
    MemberStatus only = statusFilter.equals("ANY") ? null : MemberStatus.valueOf(statusFilter);
    MemberPage page =
        members.search(
            new MemberQuery(query, company, tagFilter, only, PAGE_SIZE, Math.max(0, offset)));
    model.addAttribute("page", page);
    model.addAttribute("q", query);
    model.addAttribute("tag", tagFilter);
    model.addAttribute("companyId", company);
    model.addAttribute("status", statusFilter);
    // The same URL answers the live search with just the rows, and anyone else with the page.
    response.setHeader("Vary", "HX-Request");
    if (htmx != null && restore == null) return "members/list-live";
    model.addAttribute("tags", members.tagsInUse());
    model.addAttribute("companies", companies.list(null));
    return "members/list";
  }

  @GetMapping("/staff/members/new")
  String newMember(@RequestParam(required = false) String companyId, Model model) {
    var form = new MemberForm();
    UUID company = parseId(companyId);
    if (company != null) form.setCompanyId(company.toString());
    model.addAttribute("form", form);
    model.addAttribute("companies", companies.list(null));
    return "members/new";
  }

  @PostMapping("/staff/members/new")
  String create(
      @ModelAttribute("form") MemberForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Member created = members.create(form.toDraft());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/staff/members/" + created.id();
    } catch (AtriumException e) {
      refused(e, errors, model, response);
      model.addAttribute("companies", companies.list(null));
      return "members/new";
    }
  }

  @GetMapping("/staff/members/{id}")
  String card(@PathVariable UUID id, Model model) {
    Member member = members.get(id);
    if (!model.containsAttribute("form")) model.addAttribute("form", MemberForm.of(member));
    return card(member, model);
  }

  @PostMapping("/staff/members/{id}")
  String update(
      @PathVariable UUID id,
      @ModelAttribute("form") MemberForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Member member = members.get(id);
    try {
      members.update(id, form.toDraft());
    } catch (AtriumException e) {
      refused(e, errors, model, response);
      model.addAttribute("editing", true);
      return card(member, model);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/staff/members/" + id;
  }

  @PostMapping("/staff/members/{id}/archive")
  String archive(@PathVariable UUID id, RedirectAttributes redirect) {
    members.archive(id);
    redirect.addFlashAttribute("archived", true);
    return "redirect:/staff/members/" + id;
  }

  @PostMapping("/staff/members/{id}/restore")
  String restore(@PathVariable UUID id, RedirectAttributes redirect) {
    members.restore(id);
    redirect.addFlashAttribute("restored", true);
    return "redirect:/staff/members/" + id;
  }

  @PostMapping("/staff/members/{id}/notes")
  String addNote(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String text,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      HttpServletResponse response) {
    Member member = members.get(id);
    try {
      notes.add(id, new NoteDraft(text));
    } catch (AtriumException e) {
      model.addAttribute("noteText", text);
      model.addAttribute("noteError", true);
      // htmx swaps only successful responses; the full page may say what went wrong by status.
      if (htmx == null) response.setStatus(e.status().value());
    }
    if (htmx != null) {
      model.addAttribute("member", member);
      model.addAttribute("notes", notes.timeline(id));
      model.addAttribute("zone", zone());
      return "members/card :: notes";
    }
    if (!model.containsAttribute("noteError"))
      return "redirect:/staff/members/" + id + "#member-notes";
    model.addAttribute("form", MemberForm.of(member));
    return card(member, model);
  }

  private String card(Member member, Model model) {
    model.addAttribute("member", member);
    model.addAttribute("notes", notes.timeline(member.id()));
    model.addAttribute("companies", companies.list(null));
    model.addAttribute("zone", zone());
    return "members/card";
  }

  private static void refused(
      AtriumException e, BindingResult errors, Model model, HttpServletResponse response) {
    if (!FormErrors.bind(e, errors)) model.addAttribute("flashError", e.getMessage());
    response.setStatus(e.status().value());
  }

  /** Times are shown in the coworking's (first location's) time zone. */
  private ZoneId zone() {
    return locations.list().stream()
        .findFirst()
        .map(l -> ZoneId.of(l.timeZone()))
        .orElse(ZoneId.of("UTC"));
  }

  static UUID parseId(String id) {
    if (id == null || id.isBlank()) return null;
    try {
      return UUID.fromString(id.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

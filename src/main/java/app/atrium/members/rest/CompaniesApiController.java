package app.atrium.members.rest;

import app.atrium.members.Companies;
import app.atrium.members.Company;
import app.atrium.members.CompanyDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Companies whose people work at the coworking. */
@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Companies")
class CompaniesApiController {

  private final Companies companies;

  CompaniesApiController(Companies companies) {
    this.companies = companies;
  }

  @Operation(
      summary = "List companies",
      description = "q matches parts of the name, legal name, tax id, email or phone.")
  @GetMapping
  List<Company> list(@RequestParam(required = false) @Size(max = 200) String q) {
    return companies.list(q);
  }

  @Operation(summary = "One company")
  @GetMapping("/{id}")
  Company get(@PathVariable UUID id) {
    return companies.get(id);
  }

  @Operation(summary = "Add a company", description = "409 duplicate-name when the name is taken.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Company create(@Valid @RequestBody CompanyDraft draft) {
    return companies.create(draft);
  }

  @Operation(summary = "Change a company (replaces all fields)")
  @PutMapping("/{id}")
  Company update(@PathVariable UUID id, @Valid @RequestBody CompanyDraft draft) {
    return companies.update(id, draft);
  }

  @Operation(
      summary = "Delete a company",
      description = "409 company-has-members while active members belong to it.")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable UUID id) {
    companies.delete(id);
  }
}

package app.atrium.members;

import app.atrium.platform.web.AtriumException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The companies of the current tenant whose people work here. */
@Service
public class Companies {

  private static final String SELECT =
      "SELECT c.id, c.name, c.legal_name, c.tax_id, c.email, c.phone, c.address, c.notes,"
          + " (SELECT count(*) FROM member m WHERE m.company_id = c.id AND m.status = 'ACTIVE'),"
          + " c.created_at FROM company c";

  private final JdbcClient db;
  private final Clock clock;
  private final DraftValidation validation;

  Companies(JdbcClient db, Clock clock, DraftValidation validation) {
    this.db = db;
    this.clock = clock;
    this.validation = validation;
  }

  /** Companies whose name, legal name, tax id, email or phone contain every word of {@code q}. */
  @Transactional(readOnly = true)
  public List<Company> list(String q) {
    if (q != null && q.length() > 200)
      throw AtriumException.invalid("q", "must be at most 200 characters");
    var where = new StringBuilder(" WHERE true");
    Map<String, Object> params = new HashMap<>();
    List<String> patterns = SearchText.likePatterns(q);
    for (int i = 0; i < patterns.size(); i++) {
      where.append(" AND c.search_text LIKE :w").append(i);
      params.put("w" + i, patterns.get(i));
    }
    return db.sql(SELECT + where + " ORDER BY c.name, c.id")
        .params(params)
        .query(Companies::company)
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<Company> find(UUID id) {
    return db.sql(SELECT + " WHERE c.id = ?").param(id).query(Companies::company).optional();
  }

  /** The company {@code id}; a 404 problem when this tenant has none. */
  @Transactional(readOnly = true)
  public Company get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Company", id));
  }

  @Transactional
  public Company create(CompanyDraft draft) {
    Fields f = fields(draft, null);
    UUID id = UUID.randomUUID();
    guarded(
        () ->
            db.sql(
                    "INSERT INTO company (tenant_id, id, name, name_key, legal_name, tax_id, email, phone,"
                        + " address, notes, search_text, created_at)"
                        + " VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(id)
                .param(f.name)
                .param(f.nameKey())
                .param(f.legalName)
                .param(f.taxId)
                .param(f.email)
                .param(f.phone)
                .param(f.address)
                .param(f.notes)
                .param(f.searchText())
                .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update(),
        f.name);
    return get(id);
  }

  @Transactional
  public Company update(UUID id, CompanyDraft draft) {
    get(id);
    Fields f = fields(draft, id);
    guarded(
        () ->
            db.sql(
                    "UPDATE company SET name = ?, name_key = ?, legal_name = ?, tax_id = ?, email = ?,"
                        + " phone = ?, address = ?, notes = ?, search_text = ? WHERE id = ?")
                .param(f.name)
                .param(f.nameKey())
                .param(f.legalName)
                .param(f.taxId)
                .param(f.email)
                .param(f.phone)
                .param(f.address)
                .param(f.notes)
                .param(f.searchText())
                .param(id)
                .update(),
        f.name);
    return get(id);
  }

  /**
   * Deletes a company that has no active members (409 otherwise); archived members who belonged to
   * it keep their card without a company.
   */
  @Transactional
  public void delete(UUID id) {
    // The row lock makes a member added to this company meanwhile wait, then fail its foreign key.
    String name =
        db.sql("SELECT name FROM company WHERE id = ? FOR UPDATE")
            .param(id)
            .query(String.class)
            .optional()
            .orElseThrow(() -> AtriumException.notFound("Company", id));
    long active =
        db.sql("SELECT count(*) FROM member WHERE company_id = ? AND status = 'ACTIVE'")
            .param(id)
            .query(Long.class)
            .single();
    if (active > 0) throw stillHasMembers(name, active);
    db.sql("UPDATE member SET company_id = NULL, billed_to_company = false WHERE company_id = ?")
        .param(id)
        .update();
    try {
      db.sql("DELETE FROM company WHERE id = ?").param(id).update();
    } catch (DataIntegrityViolationException e) {
      throw stillHasMembers(name, 1);
    }
  }

  private static AtriumException stillHasMembers(String name, long active) {
    return AtriumException.conflict(
        "company-has-members",
        "'"
            + name
            + "' still has "
            + active
            + " active member(s); move them to another company or archive them first.");
  }

  private record Fields(
      String name,
      String legalName,
      String taxId,
      String email,
      String phone,
      String address,
      String notes) {

    String nameKey() {
      return name.toLowerCase(Locale.ROOT);
    }

    String searchText() {
      return SearchText.of(name, legalName, taxId, email, SearchText.digits(phone));
    }
  }

  private Fields fields(CompanyDraft d, UUID self) {
    validation.check(d);
    var f =
        new Fields(
            d.name().strip(),
            strip(d.legalName()),
            strip(d.taxId()),
            strip(d.email()).toLowerCase(Locale.ROOT),
            strip(d.phone()),
            strip(d.address()),
            strip(d.notes()));
    boolean taken =
        db.sql("SELECT EXISTS (SELECT 1 FROM company WHERE name_key = ? AND id IS DISTINCT FROM ?)")
            .param(f.nameKey())
            .param(self)
            .query(Boolean.class)
            .single();
    if (taken) throw duplicateName(f.name);
    return f;
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  private static AtriumException duplicateName(String name) {
    return new AtriumException(
        HttpStatus.CONFLICT,
        "duplicate-name",
        "A company named '" + name + "' already exists; open it or choose another name.",
        List.of(new AtriumException.FieldProblem("name", "is already taken")));
  }

  private void guarded(Runnable write, String name) {
    try {
      write.run();
    } catch (DataIntegrityViolationException e) {
      if (Constraints.nameOf(e).equals("company_name_key")) throw duplicateName(name);
      throw e;
    }
  }

  static Company company(ResultSet rs, int row) throws SQLException {
    return new Company(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getLong(9),
        rs.getObject(10, OffsetDateTime.class).toInstant());
  }
}

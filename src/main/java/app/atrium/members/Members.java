package app.atrium.members;

import app.atrium.platform.web.AtriumException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of the current tenant: what staff pages, the portal, the API and other modules call.
 */
@Service
public class Members {

  private final JdbcClient db;
  private final Clock clock;
  private final DraftValidation validation;

  Members(JdbcClient db, Clock clock, DraftValidation validation) {
    this.db = db;
    this.clock = clock;
    this.validation = validation;
  }

  /** Members matching {@code query}, ordered by last and first name. */
  @Transactional(readOnly = true)
  public MemberPage search(MemberQuery query) {
    if (query.limit() < 1 || query.limit() > MemberQuery.MAX_LIMIT) {
      throw AtriumException.invalid("limit", "must be between 1 and " + MemberQuery.MAX_LIMIT);
    }
    if (query.offset() < 0) throw AtriumException.invalid("offset", "must not be negative");
    if (query.q() != null && query.q().length() > 200) {
      throw AtriumException.invalid("q", "must be at most 200 characters");
    }
    var where = new StringBuilder(" WHERE true");
    Map<String, Object> params = new HashMap<>();
    if (query.status() != null) {
      where.append(" AND m.status = :status");
      params.put("status", query.status().name());
    }
    if (query.companyId() != null) {
      where.append(" AND m.company_id = :company");
      params.put("company", query.companyId());
    }
    String tag = Tags.normalizeOne(query.tag());
    if (tag != null) {
      where.append(" AND m.tags @> ARRAY[CAST(:tag AS text)]");
      params.put("tag", tag);
    }
    List<String> patterns = SearchText.likePatterns(query.q());
    for (int i = 0; i < patterns.size(); i++) {
      where.append(" AND m.search_text LIKE :w").append(i);
      params.put("w" + i, patterns.get(i));
    }
    long total =
        db.sql("SELECT count(*) FROM member m" + where).params(params).query(Long.class).single();
    params.put("limit", query.limit());
    params.put("offset", query.offset());
    List<Member> items =
        db.sql(
                MemberRows.SELECT
                    + where
                    + " ORDER BY m.last_name, m.first_name, m.id LIMIT :limit OFFSET :offset")
            .params(params)
            .query(MemberRows::member)
            .list();
    return new MemberPage(items, total, query.limit(), query.offset());
  }

  @Transactional(readOnly = true)
  public Optional<Member> find(UUID id) {
    return db.sql(MemberRows.SELECT + " WHERE m.id = ?")
        .param(id)
        .query(MemberRows::member)
        .optional();
  }

  /** The member {@code id}; a 404 problem when this tenant has none. */
  @Transactional(readOnly = true)
  public Member get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Member", id));
  }

  /** The members among {@code ids} (unknown ids are left out), in no particular order. */
  @Transactional(readOnly = true)
  public List<Member> getAll(Collection<UUID> ids) {
    if (ids.isEmpty()) return List.of();
    return db.sql(MemberRows.SELECT + " WHERE m.id = ANY(?)")
        .param(ids.toArray(UUID[]::new))
        .query(MemberRows::member)
        .list();
  }

  /**
   * Every member of the tenant (archived ones too), by id: who an invoice run may bill. One query;
   * no caller check (a job's call).
   */
  @Transactional(readOnly = true)
  public List<Member> all() {
    return db.sql(MemberRows.SELECT + " ORDER BY m.id").query(MemberRows::member).list();
  }

  /** The member whose portal login is {@code accountId}. */
  @Transactional(readOnly = true)
  public Optional<Member> findByAccount(UUID accountId) {
    return db.sql(MemberRows.SELECT + " WHERE m.account_id = ?")
        .param(accountId)
        .query(MemberRows::member)
        .optional();
  }

  /** The member with this email (case-insensitive). */
  @Transactional(readOnly = true)
  public Optional<Member> findByEmail(String email) {
    if (email == null || email.isBlank()) return Optional.empty();
    return db.sql(MemberRows.SELECT + " WHERE m.email = ?")
        .param(email.strip().toLowerCase(Locale.ROOT))
        .query(MemberRows::member)
        .optional();
  }

  /** The tags active members carry, most used first. */
  @Transactional(readOnly = true)
  public List<String> tagsInUse() {
    return db.sql(
            "SELECT t FROM member m, unnest(m.tags) t WHERE m.status = 'ACTIVE'"
                + " GROUP BY t ORDER BY count(*) DESC, t LIMIT 100")
        .query(String.class)
        .list();
  }

  @Transactional
  public Member create(MemberDraft draft) {
    Fields f = fields(draft);
    UUID id = UUID.randomUUID();
    guarded(
        () ->
            db.sql(
                    "INSERT INTO member (tenant_id, id, first_name, last_name, email, phone, company_id,"
                        + " billed_to_company, tags, search_text, created_at)"
                        + " VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(id)
                .param(f.firstName)
                .param(f.lastName)
                .param(f.email)
                .param(f.phone)
                .param(f.companyId)
                .param(f.billedToCompany)
                .param(f.tags.toArray(String[]::new))
                .param(f.searchText())
                .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update(),
        f.email);
    return get(id);
  }

  /** Replaces a member's data (all fields; tags and company included). */
  @Transactional
  public Member update(UUID id, MemberDraft draft) {
    get(id);
    Fields f = fields(draft, id);
    guarded(
        () ->
            db.sql(
                    "UPDATE member SET first_name = ?, last_name = ?, email = ?, phone = ?, company_id = ?,"
                        + " billed_to_company = ?, tags = ?, search_text = ? WHERE id = ?")
                .param(f.firstName)
                .param(f.lastName)
                .param(f.email)
                .param(f.phone)
                .param(f.companyId)
                .param(f.billedToCompany)
                .param(f.tags.toArray(String[]::new))
                .param(f.searchText())
                .param(id)
                .update(),
        f.email);
    return get(id);
  }

  /** The one change a member may make herself (in the portal): her phone number. */
  @Transactional
  public Member changePhone(UUID id, String phone) {
    Member m = get(id);
    var draft =
        new MemberDraft(
            m.firstName(),
            m.lastName(),
            m.email(),
            phone,
            m.companyId(),
            m.billedToCompany(),
            m.tags());
    Fields f = fields(draft, id);
    db.sql("UPDATE member SET phone = ?, search_text = ? WHERE id = ?")
        .param(f.phone)
        .param(f.searchText())
        .param(id)
        .update();
    return get(id);
  }

  /** Moves a member to the archive: out of searches and lists by default, history kept. */
  @Transactional
  public Member archive(UUID id) {
    return setStatus(id, MemberStatus.ARCHIVED);
  }

  /** Brings an archived member back. */
  @Transactional
  public Member restore(UUID id) {
    return setStatus(id, MemberStatus.ACTIVE);
  }

  /**
   * Makes {@code accountId} (a login of this coworking) the member's portal login, or unlinks it
   * when null; 422 when the account has no access here, 409 when it is another member's.
   */
  @Transactional
  public Member linkAccount(UUID id, UUID accountId) {
    get(id);
    guarded(
        () ->
            db.sql("UPDATE member SET account_id = ? WHERE id = ?")
                .param(accountId)
                .param(id)
                .update(),
        null);
    return get(id);
  }

  boolean exists(UUID id) {
    return db.sql("SELECT EXISTS (SELECT 1 FROM member WHERE id = ?)")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  private Member setStatus(UUID id, MemberStatus status) {
    int changed =
        db.sql("UPDATE member SET status = ? WHERE id = ?").param(status.name()).param(id).update();
    if (changed == 0) throw AtriumException.notFound("Member", id);
    return get(id);
  }

  /** A draft checked and normalised, ready to store. */
  private record Fields(
      String firstName,
      String lastName,
      String email,
      String phone,
      UUID companyId,
      boolean billedToCompany,
      List<String> tags) {

    String searchText() {
      return SearchText.of(firstName, lastName, email, SearchText.digits(phone));
    }
  }

  private Fields fields(MemberDraft draft) {
    return fields(draft, null);
  }

  private Fields fields(MemberDraft d, UUID self) {
    validation.check(d);
    var tags = Tags.normalize(d.tags());
    if (d.billed() && d.companyId() == null) {
      throw AtriumException.invalid(
          "billedToCompany", "needs a company: set companyId or clear it");
    }
    if (d.companyId() != null && !companyExists(d.companyId())) {
      throw MemberRefusals.unknownCompany(d.companyId());
    }
    String email =
        d.email() == null || d.email().isBlank()
            ? null
            : d.email().strip().toLowerCase(Locale.ROOT);
    if (email != null) requireEmailFree(email, self);
    return new Fields(
        d.firstName().strip(),
        d.lastName() == null ? "" : d.lastName().strip(),
        email,
        d.phone() == null ? "" : d.phone().strip(),
        d.companyId(),
        d.billed(),
        tags);
  }

  private boolean companyExists(UUID companyId) {
    return db.sql("SELECT EXISTS (SELECT 1 FROM company WHERE id = ?)")
        .param(companyId)
        .query(Boolean.class)
        .single();
  }

  private void requireEmailFree(String email, UUID self) {
    db.sql(
            "SELECT first_name, last_name, status FROM member WHERE email = ?"
                + " AND id IS DISTINCT FROM ?")
        .param(email)
        .param(self)
        .query((rs, i) -> MemberRefusals.duplicateEmail(email, rs))
        .optional()
        .ifPresent(
            e -> {
              throw e;
            });
  }

  /** Runs a write, turning the constraints that guard it into answers the caller can act on. */
  private void guarded(Runnable write, String email) {
    try {
      write.run();
    } catch (DataIntegrityViolationException e) {
      throw switch (Constraints.nameOf(e)) {
        case "member_email_key" -> MemberRefusals.duplicateEmail(email, null, false);
        case "member_company_fkey" ->
            AtriumException.invalid("companyId", "no such company in this coworking");
        case "member_account_key" ->
            AtriumException.conflict(
                "account-linked", "That login already belongs to another member.");
        case "member_account_fkey" ->
            AtriumException.invalid("accountId", "is not a login of this coworking");
        default -> e;
      };
    }
  }
}

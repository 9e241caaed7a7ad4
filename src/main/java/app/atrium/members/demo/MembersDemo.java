package app.atrium.members.demo;

import app.atrium.members.Companies;
import app.atrium.members.Company;
import app.atrium.members.CompanyDraft;
import app.atrium.members.Member;
import app.atrium.members.MemberDraft;
import app.atrium.members.MemberNotes;
import app.atrium.members.Members;
import app.atrium.members.NoteAuthor;
import app.atrium.members.NoteDraft;
import app.atrium.platform.demo.DemoContributor;
import app.atrium.platform.security.Accounts;
import app.atrium.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo coworking's people: about 60 members (Asel among them, with a portal login), 8
 * companies, tags and a few notes by the front desk. Generated from a fixed seed, so every demo
 * database has the same people.
 */
@Component
@Order(20)
class MembersDemo implements DemoContributor {

  static final String ASEL_EMAIL = "asel@demo.atrium";
  private static final long SEED = 20261123L;
  private static final int OTHER_MEMBERS = 59;

  private final Members members;
  private final MemberNotes notes;
  private final Companies companies;
  private final Accounts accounts;
  private final Clock clock;

  MembersDemo(
      Members members, MemberNotes notes, Companies companies, Accounts accounts, Clock clock) {
    this.members = members;
    this.notes = notes;
    this.companies = companies;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public void seed(DemoTenant tenant) {
    var random = new Random(SEED);
    List<Company> firms = new ArrayList<>();
    for (String[] c : DemoPeople.COMPANIES) {
      firms.add(companies.create(new CompanyDraft(c[0], c[1], c[2], c[3], c[4], c[5], c[6])));
    }
    // Staff logins exist already (tenancy's demo); granting the same role again just returns them.
    var gulnara =
        new NoteAuthor(
            accounts.grant("gulnara@demo.atrium", "Гульнара Ахметова", Role.ADMIN),
            "Гульнара Ахметова");
    var damir =
        new NoteAuthor(
            accounts.grant("damir@demo.atrium", "Дамир Сейткали", Role.OWNER), "Дамир Сейткали");

    Member asel =
        members.create(
            new MemberDraft(
                "Асель",
                "Нурланова",
                ASEL_EMAIL,
                "+7 701 555 12 34",
                firms.get(0).id(),
                false,
                List.of("дизайн", "резидент")));
    var aselLogin = accounts.grant(ASEL_EMAIL, "Асель Нурланова", Role.MEMBER);
    accounts.setInitialPassword(aselLogin, "demo");
    members.linkAccount(asel.id(), aselLogin);
    Instant now = clock.instant();
    notes.add(
        asel.id(),
        new NoteDraft("Перешла с тарифа Флекс на Резидент, закреплённое место у окна (№ 12)."),
        damir,
        now.minus(Duration.ofDays(40)));
    notes.add(
        asel.id(),
        new NoteDraft(
            "Просила напомнить о продлении за неделю; счёт — на неё лично, не на компанию."),
        gulnara,
        now.minus(Duration.ofDays(9)));

    Set<String> emails = new HashSet<>(Set.of(ASEL_EMAIL));
    List<Member> people = new ArrayList<>();
    for (int i = 0; i < OTHER_MEMBERS; i++) {
      people.add(members.create(person(random, firms, emails, i)));
    }
    for (int i = 0; i < people.size(); i++) {
      Member m = people.get(i);
      if (i % 4 == 1) {
        int count = 1 + random.nextInt(2);
        for (int n = 0; n < count; n++) {
          notes.add(
              m.id(),
              new NoteDraft(DemoPeople.NOTES[random.nextInt(DemoPeople.NOTES.length)]),
              random.nextBoolean() ? gulnara : damir,
              now.minus(Duration.ofHours(6 + random.nextInt(24 * 60))));
        }
      }
      // A few people have left; their cards stay in the archive.
      if (i % 20 == 7) members.archive(m.id());
    }
  }

  private static MemberDraft person(Random random, List<Company> firms, Set<String> emails, int i) {
    boolean woman = random.nextBoolean();
    String[][] firstNames = woman ? DemoPeople.WOMEN : DemoPeople.MEN;
    String[] first = firstNames[random.nextInt(firstNames.length)];
    String[] last = DemoPeople.SURNAMES[random.nextInt(DemoPeople.SURNAMES.length)];
    String lastName = woman ? last[1] : last[0];
    String email = null;
    // Walk-ins sometimes leave only a phone number.
    if (i % 12 != 5) {
      String base = first[1] + "." + DemoPeople.latin(lastName);
      email = base + "@example.kz";
      for (int n = 2; !emails.add(email); n++) email = base + n + "@example.kz";
    }
    String phone =
        "+7 7%02d %03d %02d %02d"
            .formatted(
                DemoPeople.OPERATORS[random.nextInt(DemoPeople.OPERATORS.length)],
                random.nextInt(1000),
                random.nextInt(100),
                random.nextInt(100));
    var company = i % 5 < 2 ? firms.get(random.nextInt(firms.size())) : null;
    boolean billed = company != null && random.nextInt(3) > 0;
    var tags = new ArrayList<String>();
    int tagCount = random.nextInt(3);
    for (int t = 0; t < tagCount; t++) {
      String tag = DemoPeople.TAGS[random.nextInt(DemoPeople.TAGS.length)];
      if (!tags.contains(tag)) tags.add(tag);
    }
    return new MemberDraft(
        first[0], lastName, email, phone, company == null ? null : company.id(), billed, tags);
  }
}

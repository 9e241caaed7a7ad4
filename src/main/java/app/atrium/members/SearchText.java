package app.atrium.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lowercase text a search matches against, and the words of a query. Lowercasing happens here
 * rather than in SQL so Cyrillic and Kazakh behave the same whatever the database's locale; "ё"
 * counts as "е" because people type it either way, and phones are matched by their digits.
 */
final class SearchText {

  static final int MAX_WORDS = 8;

  private SearchText() {}

  static String of(String... parts) {
    var sb = new StringBuilder();
    for (String p : parts) {
      if (p == null || p.isBlank()) continue;
      if (!sb.isEmpty()) sb.append(' ');
      sb.append(normalize(p.trim()));
    }
    return sb.toString();
  }

  static String digits(String phone) {
    return phone == null ? "" : phone.replaceAll("\\D", "");
  }

  /** The words of {@code q}, each as a LIKE pattern matching it anywhere. */
  static List<String> likePatterns(String q) {
    var patterns = new ArrayList<String>();
    if (q == null) return patterns;
    for (String word : q.trim().split("\\s+")) {
      if (word.isEmpty()) continue;
      // A phone-like word ("+7", "(701)", "234-56") is matched by its digits.
      String w =
          word.matches("[0-9+().\\-]+") && !digits(word).isEmpty() ? digits(word) : normalize(word);
      patterns.add("%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      if (patterns.size() == MAX_WORDS) break;
    }
    return patterns;
  }

  static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }
}

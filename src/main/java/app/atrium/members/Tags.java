package app.atrium.members;

import app.atrium.platform.web.AtriumException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Tags as stored: trimmed, lowercase, without repeats, at most 20 of at most 30 characters. */
final class Tags {

  static final int MAX_COUNT = 20;
  static final int MAX_LENGTH = 30;

  private Tags() {}

  static List<String> normalize(List<String> tags) {
    if (tags == null) return List.of();
    var seen = new LinkedHashSet<String>();
    for (int i = 0; i < tags.size(); i++) {
      String t = tags.get(i) == null ? "" : tags.get(i).strip().toLowerCase(Locale.ROOT);
      String field = "tags[" + i + "]";
      if (t.isEmpty()) throw AtriumException.invalid(field, "must not be blank");
      if (t.length() > MAX_LENGTH) {
        throw AtriumException.invalid(field, "must be at most " + MAX_LENGTH + " characters");
      }
      if (t.contains(",")) throw AtriumException.invalid(field, "must not contain a comma");
      if (t.chars().anyMatch(Character::isISOControl)) {
        throw AtriumException.invalid(field, "must not contain control characters");
      }
      seen.add(t);
    }
    if (seen.size() > MAX_COUNT) {
      throw AtriumException.invalid("tags", "at most " + MAX_COUNT + " tags per member");
    }
    return new ArrayList<>(seen);
  }

  /** One tag typed into a filter, as stored. */
  static String normalizeOne(String tag) {
    return tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
  }
}

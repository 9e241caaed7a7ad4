package app.atrium.members;

import java.util.List;

/** One page of a member search and how many members match in all. */
public record MemberPage(List<Member> items, long total, int limit, int offset) {

  public boolean hasMore() {
    return offset + items.size() < total;
  }
}

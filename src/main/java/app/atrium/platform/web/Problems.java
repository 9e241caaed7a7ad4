package app.atrium.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem documents with stable {@code type}s that API clients can switch on. */
public final class Problems {

  public static final String BASE = "https://atrium.dev/problems/";

  private Problems() {}

  public static URI type(String slug) {
    return URI.create(BASE + slug);
  }

  public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type(slug));
    problem.setTitle(title);
    return problem;
  }
}

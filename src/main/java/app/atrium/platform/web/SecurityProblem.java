package app.atrium.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Writes a problem document from a servlet filter, where no controller advice applies. */
public final class SecurityProblem {

  private SecurityProblem() {}

  public static void write(HttpServletResponse res, HttpStatus status, String type, String detail)
      throws IOException {
    res.setStatus(status.value());
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter()
        .write(
            "{\"type\":\"%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(
                    Problems.type(type),
                    status.getReasonPhrase(),
                    status.value(),
                    detail.replace("\\", "\\\\").replace("\"", "'")));
  }
}

package app.atrium.platform.web;

import app.atrium.platform.tenant.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours an optional {@code Idempotency-Key} header on every API call that creates or changes
 * something: a retry gets the first answer again and changes nothing; the same key with another
 * request is a 422; a retry while the first is still running is a 409. Keys are scoped to the
 * tenant and the caller and kept 24 hours.
 */
@Component
@Order(1)
class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final IdempotencyKeys keys;

  IdempotencyFilter(IdempotencyKeys keys) {
    this.keys = keys;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/")
        || !CHANGING.contains(request.getMethod())
        || request.getHeader(HEADER) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var user = TenantContext.currentUser();
    if (user.isEmpty() || TenantContext.currentTenantId().isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String key = request.getHeader(HEADER).trim();
    if (key.isEmpty() || key.length() > 200) {
      SecurityProblem.write(
          response,
          HttpStatus.BAD_REQUEST,
          "idempotency-key-invalid",
          "Idempotency-Key must be 1 to 200 characters.");
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    byte[] hash = hash(request, body);
    var account = user.get().accountId();
    var stored = keys.claim(account, key, hash);
    if (stored.isPresent()) {
      var entry = stored.get();
      if (!Arrays.equals(entry.requestHash(), hash)) {
        SecurityProblem.write(
            response,
            HttpStatus.UNPROCESSABLE_CONTENT,
            "idempotency-key-reused",
            "This Idempotency-Key was used for a different request; use a new key for a new request.");
      } else if (entry.status() == null) {
        SecurityProblem.write(
            response,
            HttpStatus.CONFLICT,
            "idempotency-key-in-use",
            "The first request with this key is still running; retry in a moment.");
      } else {
        response.setStatus(entry.status());
        if (entry.contentType() != null) response.setContentType(entry.contentType());
        response.setHeader("Idempotent-Replayed", "true");
        if (entry.body() != null) response.getOutputStream().write(entry.body());
      }
      return;
    }
    var wrapped = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(new ReplayedBody(request, body), wrapped);
    } catch (IOException | ServletException | RuntimeException e) {
      keys.forget(account, key);
      throw e;
    }
    if (wrapped.getStatus() >= 500) keys.forget(account, key);
    else
      keys.complete(
          account,
          key,
          wrapped.getStatus(),
          wrapped.getContentType(),
          wrapped.getContentAsByteArray());
    wrapped.copyBodyToResponse();
  }

  private static byte[] hash(HttpServletRequest request, byte[] body) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update(
          (request.getMethod()
                  + " "
                  + request.getRequestURI()
                  + "?"
                  + request.getQueryString()
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The request with its body read once and served again to the controller. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      var in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}

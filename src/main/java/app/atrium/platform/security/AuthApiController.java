package app.atrium.platform.security;

import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges an email and password for an API token, and revokes it. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Authentication")
class AuthApiController {

  private final SignIn signIn;
  private final ApiTokens tokens;
  private final Accounts accounts;
  private final LoginThrottle throttle;

  AuthApiController(SignIn signIn, ApiTokens tokens, Accounts accounts, LoginThrottle throttle) {
    this.signIn = signIn;
    this.tokens = tokens;
    this.accounts = accounts;
    this.throttle = throttle;
  }

  record TokenRequest(
      @NotBlank @Size(max = 254) String email,
      @NotBlank @Size(max = 200) String password,
      @Size(max = 40) String tenant) {}

  record TokenResponse(String token, String tenant, String role) {}

  record Me(UUID accountId, String email, String displayName, String tenant, String role) {}

  @Operation(summary = "Sign in and get a bearer token (add 'tenant' when the account has several)")
  @PostMapping("/auth/token")
  ResponseEntity<TokenResponse> token(
      @Valid @RequestBody TokenRequest body, HttpServletRequest request) {
    AtriumUser user =
        signIn.authenticate(body.email(), body.password(), body.tenant(), request.getRemoteAddr());
    String token = TenantContext.callAs(user.tenantId(), () -> tokens.issue(user));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new TokenResponse(token, user.tenantSlug(), user.role().name()));
  }

  @Operation(summary = "Revoke the token this call is made with")
  @DeleteMapping("/auth/token")
  ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
    tokens.revoke(authorization.substring(7).trim());
    return ResponseEntity.noContent().build();
  }

  record UnlockRequest(@NotBlank @Size(max = 254) String email) {}

  @Operation(summary = "Owner: unlock the sign-in of one of this coworking's people")
  @PostMapping("/auth/unlock")
  @PreAuthorize("hasRole('OWNER')")
  ResponseEntity<Void> unlock(@Valid @RequestBody UnlockRequest body) {
    if (!accounts.belongsToTenant(body.email())) {
      throw AtriumException.notFound("Account", body.email());
    }
    throttle.unlock(body.email());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Who the token belongs to")
  @GetMapping("/me")
  Me me() {
    AtriumUser u = TenantContext.currentUser().orElseThrow();
    return new Me(u.accountId(), u.email(), u.displayName(), u.tenantSlug(), u.role().name());
  }
}

package app.atrium.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The web sign-in form's check, through the same throttled {@link SignIn} as the API. */
class FormSignInProvider implements AuthenticationProvider {

  private final SignIn signIn;

  FormSignInProvider(SignIn signIn) {
    this.signIn = signIn;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String tenant = null;
    String address = null;
    if (authentication.getDetails() instanceof Details d) {
      tenant = d.tenant;
      address = d.getRemoteAddress();
    } else if (authentication.getDetails() instanceof WebAuthenticationDetails d) {
      address = d.getRemoteAddress();
    }
    AtriumUser user =
        signIn.authenticate(
            authentication.getName(),
            String.valueOf(authentication.getCredentials()),
            tenant,
            address);
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** Request details plus the coworking named on the form. */
  static final class Details extends WebAuthenticationDetails {
    private final String tenant;

    Details(HttpServletRequest request) {
      super(request);
      this.tenant = request.getParameter("tenant");
    }
  }
}

package app.atrium.platform.tenant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Scopes each request to the signed-in user's tenant. Runs after Spring Security (order -100) has
 * established who the user is, outside any transaction.
 */
@Component
@Order(0)
class TenantScopeFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var user = TenantContext.currentUser();
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    try {
      TenantContext.runChecked(user.get().tenantId(), () -> chain.doFilter(request, response));
    } catch (ServletException | IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException(e);
    }
  }
}

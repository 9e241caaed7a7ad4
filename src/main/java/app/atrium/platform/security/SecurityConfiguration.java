package app.atrium.platform.security;

import app.atrium.platform.web.SecurityProblem;
import jakarta.servlet.DispatcherType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Two doors: the API (stateless, bearer tokens, problem documents) and the web (form sign-in,
 * sessions in PostgreSQL, CSRF on every form).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
    http.securityMatcher("/api/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            a ->
                // An SSE stream's async dispatch was authorized as the request that opened it.
                a.dispatcherTypeMatchers(DispatcherType.ASYNC)
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                    .permitAll()
                    // Devices prove themselves with their own secret, checked where they report.
                    .requestMatchers(HttpMethod.POST, "/api/v1/devices/events")
                    .permitAll()
                    // People's details, the books and what staff put on invoices to come are for
                    // staff; members read their own through the portal and the member-aware APIs.
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/members/**",
                        "/api/v1/companies/**",
                        "/api/v1/invoice-runs/**",
                        "/api/v1/accounting-periods/**",
                        "/api/v1/pending-charges/**")
                    .hasRole("STAFF")
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .authenticated()
                    .requestMatchers("/api/v1/auth/**", "/api/v1/me/**")
                    .authenticated()
                    // Members book, move, cancel, price and freeze their own; services check whose.
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/bookings",
                        "/api/v1/bookings/*/cancel",
                        "/api/v1/bookings/*/reschedule",
                        "/api/v1/quotes",
                        "/api/v1/memberships/*/freezes")
                    .authenticated()
                    // Any staff member (an accountant too) finishes the tasks given to them.
                    .requestMatchers(HttpMethod.POST, "/api/v1/tasks/*/complete")
                    .hasRole("STAFF")
                    // The books are the accountant's too: money received, credit notes, closed
                    // periods, the invoice run and what goes on the next invoices.
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/payments",
                        "/api/v1/payments/*/refunds",
                        "/api/v1/credit-notes",
                        "/api/v1/accounting-periods/*/lock",
                        "/api/v1/invoice-runs",
                        "/api/v1/invoice-runs/preview",
                        "/api/v1/pending-charges",
                        "/api/v1/pending-charges/*/cancel")
                    .hasAnyRole("OWNER", "ADMIN", "ACCOUNTANT")
                    .anyRequest()
                    .hasAnyRole("OWNER", "ADMIN"))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) ->
                            SecurityProblem.write(
                                res,
                                HttpStatus.UNAUTHORIZED,
                                "unauthorized",
                                "Send 'Authorization: Bearer <token>' with a token from POST /api/v1/auth/token."))
                    .accessDeniedHandler(
                        (req, res, ex) ->
                            SecurityProblem.write(
                                res,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "Your role may not do this.")));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http, SignIn signIn) throws Exception {
    http.authenticationProvider(new FormSignInProvider(signIn))
        .authorizeHttpRequests(
            a ->
                a.dispatcherTypeMatchers(DispatcherType.ASYNC)
                    .permitAll()
                    .requestMatchers(
                        "/login",
                        "/setup",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/webjars/**",
                        "/manifest.webmanifest",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health/**",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("STAFF")
                    .requestMatchers("/staff/settings/**")
                    .hasRole("OWNER")
                    .requestMatchers(HttpMethod.GET, "/staff/**")
                    .hasRole("STAFF")
                    .requestMatchers(HttpMethod.POST, "/staff/tasks/*/done")
                    .hasRole("STAFF")
                    .requestMatchers(
                        HttpMethod.POST,
                        "/staff/invoices/*/payments",
                        "/staff/invoices/*/credit-notes",
                        "/staff/invoice-runs",
                        "/staff/invoice-runs/preview",
                        "/staff/members/*/billing/charges",
                        "/staff/members/*/billing/charges/*/cancel")
                    .hasAnyRole("OWNER", "ADMIN", "ACCOUNTANT")
                    .requestMatchers("/staff/**")
                    .hasAnyRole("OWNER", "ADMIN")
                    .requestMatchers("/portal/**")
                    .hasRole("MEMBER")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .authenticationDetailsSource(FormSignInProvider.Details::new)
                    .successHandler(successHandler())
                    .failureHandler(failureHandler())
                    .permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
    return http.build();
  }

  private static AuthenticationSuccessHandler successHandler() {
    return (request, response, authentication) -> {
      var user = (AtriumUser) authentication.getPrincipal();
      response.sendRedirect(
          request.getContextPath() + (user.role().isStaff() ? "/staff" : "/portal"));
    };
  }

  private static AuthenticationFailureHandler failureHandler() {
    return (request, response, exception) -> {
      String reason =
          switch (exception) {
            case SignInRejected.Throttled t -> "throttled&wait=" + t.retryAfter().toSeconds();
            case SignInRejected.Locked l -> "locked";
            case SignInRejected.TenantRequired t ->
                "tenant&tenants="
                    + URLEncoder.encode(String.join(",", t.tenants()), StandardCharsets.UTF_8);
            case SignInRejected.NoAccess n -> "noaccess";
            default -> "bad";
          };
      String email = request.getParameter("username");
      response.sendRedirect(
          request.getContextPath()
              + "/login?error="
              + reason
              + (email == null
                  ? ""
                  : "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)));
    };
  }
}

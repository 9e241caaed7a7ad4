package app.atrium.billing.rest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Payment providers call their webhooks without a login: the endpoints are open to anyone and trust
 * a delivery only when its signature holds (checked by the provider adapter).
 */
@Configuration(proxyBeanMethods = false)
class WebhookSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain paymentWebhooks(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/v1/payments/webhooks/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll());
    return http.build();
  }
}

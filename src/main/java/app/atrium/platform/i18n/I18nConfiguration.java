package app.atrium.platform.i18n;

import app.atrium.platform.tenant.TenantContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Russian, English and Spanish. Each module keeps its own bundle in {@code
 * i18n/<module>*.properties} (English in the file without a suffix). The language is the visitor's
 * choice ({@code ?lang=}), else the tenant's, else the browser's.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

  static final List<Locale> SUPPORTED = List.of(Locale.of("ru"), Locale.ENGLISH, Locale.of("es"));

  @Bean
  MessageSource messageSource() {
    var source = new ReloadableResourceBundleMessageSource();
    source.setBasenames(bundleBasenames().toArray(String[]::new));
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setUseCodeAsDefaultMessage(false);
    return source;
  }

  /** Every {@code i18n/<name>.properties} on the classpath, as basenames. */
  static TreeSet<String> bundleBasenames() {
    try {
      var names = new TreeSet<String>();
      for (Resource r :
          new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
        String file = r.getFilename();
        if (file != null && !file.contains("_")) {
          names.add("classpath:i18n/" + file.substring(0, file.length() - ".properties".length()));
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver("atrium_lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(
        request -> {
          var user = TenantContext.currentUser();
          if (user.isPresent()) return Locale.of(user.get().tenantLocale());
          Locale browser = request.getLocale();
          return SUPPORTED.stream()
              .filter(l -> l.getLanguage().equals(browser.getLanguage()))
              .findFirst()
              .orElse(Locale.ENGLISH);
        });
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    var change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}

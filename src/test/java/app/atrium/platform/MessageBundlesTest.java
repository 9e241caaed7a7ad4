package app.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MessageBundlesTest {

  private static Set<String> keys(String basename, String suffix) throws Exception {
    Resource r =
        new PathMatchingResourcePatternResolver()
            .getResource("classpath:i18n/" + basename + suffix + ".properties");
    assertThat(r.exists()).as("i18n/%s%s.properties exists", basename, suffix).isTrue();
    var p = new Properties();
    try (var in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    p.forEach(
        (k, v) ->
            assertThat(v.toString()).as("%s%s: %s is empty", basename, suffix, k).isNotBlank());
    return new TreeSet<>(p.stringPropertyNames());
  }

  @Test
  void russian_english_and_spanish_bundles_have_the_same_keys() throws Exception {
    var basenames = new TreeSet<String>();
    for (Resource r :
        new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
      String f = r.getFilename();
      if (f != null && !f.contains("_")) basenames.add(f.replace(".properties", ""));
    }
    assertThat(basenames).contains("platform", "tenancy");
    var seen = new TreeSet<String>();
    for (String b : basenames) {
      Set<String> en = keys(b, "");
      assertThat(keys(b, "_ru")).as("ru keys of %s", b).isEqualTo(en);
      assertThat(keys(b, "_es")).as("es keys of %s", b).isEqualTo(en);
      for (String k : en)
        assertThat(seen.add(k)).as("key %s is defined in two bundles", k).isTrue();
    }
  }
}

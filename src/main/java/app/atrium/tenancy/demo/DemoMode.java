package app.atrium.tenancy.demo;

import app.atrium.platform.db.DatabaseProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Demo mode: ATRIUM_DEMO, by default on for the embedded database and off for an external one. */
@Component
public class DemoMode {

  private final boolean enabled;

  DemoMode(Environment env, DatabaseProperties db) {
    String value = env.getProperty("atrium.demo", "");
    this.enabled = value.isBlank() ? db.embedded() : Boolean.parseBoolean(value.trim());
  }

  public boolean enabled() {
    return enabled;
  }
}

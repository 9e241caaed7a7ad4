package app.atrium.plans;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.AtriumApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class PlansModuleTest {

  private final ApplicationModules modules = ApplicationModules.of(AtriumApplication.class);

  @Test
  void the_plans_module_keeps_its_internals_to_itself_and_has_no_cycles() {
    modules.verify();
    assertThat(modules.getModuleByName("plans")).isPresent();
  }
}

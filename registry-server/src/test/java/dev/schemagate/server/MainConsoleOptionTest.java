package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainConsoleOptionTest {
  private static ServerConfig settings(String... args) {
    Main main = new Main(java.util.Map.of());
    new CommandLine(main).parseArgs(args);
    return main.settings();
  }

  @Test
  void the_console_is_on_unless_turned_off() {
    assertThat(settings().ui()).isTrue();
    assertThat(settings("--ui").ui()).isTrue();
    assertThat(settings("--ui=false").ui()).isFalse();
    assertThat(settings("--ui", "FALSE").ui()).isFalse();
  }

  @Test
  void a_value_other_than_true_or_false_is_refused_by_name() {
    assertThatThrownBy(() -> settings("--ui=maybe"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessage("--ui must be true or false, not 'maybe'");
  }
}

package dev.schemagate.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.CapturedLog;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityTest {
  @Test
  void logs_one_line_when_the_database_is_lost_and_one_when_it_is_back_however_many_requests_notice() {
    Availability availability = new Availability("PostgreSQL, database: db.example:5432/registry");
    List<String> lines;
    try (CapturedLog log = new CapturedLog()) {
      availability.answered(System.nanoTime());
      long startedBefore = System.nanoTime();
      for (int request = 0; request < 50; request++) {
        availability.lost("Connection refused");
      }
      availability.answered(startedBefore);
      assertThat(availability.isLost()).as("a request that started before the loss is no sign of return").isTrue();
      for (int request = 0; request < 50; request++) {
        availability.answered(System.nanoTime());
      }
      lines = log.lines();
    }

    assertThat(availability.isLost()).isFalse();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).endsWith(" WARN Availability - Database lost: PostgreSQL, database: db.example:5432/registry"
        + " (Connection refused); requests answer 503 until it is back.");
    assertThat(lines.get(1)).matches(".* INFO Availability - Database back: PostgreSQL, database:"
        + " db\\.example:5432/registry, after \\d+\\.\\d s\\.");
  }
}

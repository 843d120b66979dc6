package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.server.testing.HttpClientForTests;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code --log-format json} in the launched server: every line it writes, its own and its libraries', is one JSON object. */
@Timeout(60)
class JsonLogLinesTest {
  @TempDir java.nio.file.Path dir;

  @Test
  void the_start_and_stop_lines_are_json_objects_one_per_line() throws Exception {
    Process process = MainTest.launch(Map.of("SCHEMAGATE_LOG_FORMAT", "json"),
        "--host", "127.0.0.1", "--port", "0", "--db", dir.resolve("registry.db").toString());
    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    try {
      JsonNode start = HttpClientForTests.json(output.readLine());
      assertThat(start.get("level").asText()).isEqualTo("INFO");
      assertThat(start.get("logger").asText()).isEqualTo(Main.class.getName());
      assertThat(start.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d)");
      Matcher port = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+) ").matcher(start.get("message").asText());
      assertThat(port.find()).as(start.toString()).isTrue();

      HttpClientForTests client = new HttpClientForTests("http://127.0.0.1:" + port.group(1));
      assertThat(client.get("/health/live").status()).isEqualTo(200);
    } finally {
      new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    List<String> rest = output.lines().toList();
    assertThat(rest).isNotEmpty().allSatisfy(line -> assertThat(HttpClientForTests.json(line).get("message")).isNotNull());
    assertThat(rest).anySatisfy(line -> assertThat(HttpClientForTests.json(line).get("message").asText()).isEqualTo("Stopped"));
  }
}

package dev.schemagate.server.auth;

import static dev.schemagate.server.testing.HttpClientForTests.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemagate.server.ServerConfig;
import dev.schemagate.server.testing.AuthFixtures;
import dev.schemagate.server.testing.AuthFixtures.TestUser;
import dev.schemagate.server.testing.ServerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The users file changes without a restart; an edit that does not read keeps the previous users. */
class UsersFileReloadTest extends ServerTest {
  private Path file;
  private Users users;

  @Override
  protected void configure(ServerConfig config) {
    file = AuthFixtures.writeUsers(dataDir.resolve("users.json"),
        List.of(new TestUser("first", "first-pass", "admin", List.of("*"), List.of())));
    users = Users.load(file);
    config.auth(new AuthConfig(users, null, false));
  }

  private void touchLater() throws Exception {
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
  }

  @Test
  void a_changed_file_is_read_again_and_a_removed_user_is_refused() throws Exception {
    assertThat(client.as(basic("first", "first-pass")).get("/subjects").status()).isEqualTo(200);

    AuthFixtures.writeUsers(file, List.of(new TestUser("second", "second-pass", "reader", List.of("*"), List.of())));
    touchLater();
    users.reloadIfChanged();

    assertThat(client.as(basic("second", "second-pass")).get("/subjects").status()).isEqualTo(200);
    assertThat(client.as(basic("first", "first-pass")).get("/subjects").status()).isEqualTo(401);
  }

  @Test
  void a_bad_edit_keeps_the_previous_users_in_force() throws Exception {
    Files.writeString(file, "{\"users\": {\"first\": {\"password\": \"plain-text\", \"role\": \"admin\"}}}");
    touchLater();
    users.reloadIfChanged();

    assertThat(client.as(basic("first", "first-pass")).get("/subjects").status()).isEqualTo(200);
    assertThat(users.size()).isEqualTo(1);
  }

  @Test
  void a_bad_file_names_the_json_pointer_of_its_problem() throws Exception {
    Path bad = dataDir.resolve("bad.json");
    Files.writeString(bad, "{\"users\": {\"ci\": {\"password\": \"" + AuthFixtures.hash("x") + "\", \"role\": \"owner\"}}}");
    Path plain = dataDir.resolve("plain.json");
    Files.writeString(plain, "{\"users\": {\"ci\": {\"password\": \"secret\", \"role\": \"reader\"}}}");

    assertThatThrownBy(() -> Users.load(bad)).hasMessage("The users file " + bad + " is not valid: /users/ci/role must be"
        + " reader, writer or admin.");
    assertThatThrownBy(() -> Users.load(plain)).hasMessage("The users file " + plain + " is not valid: /users/ci/password must"
        + " be a bcrypt hash ($2a$12$...); print one with: schemagate-registry-server hash-password.");
  }
}

package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.store.StoreException;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A failure nobody planned for still answers Confluent's error shape, without internals. */
class UnexpectedFailureTest {
  private Javalin app;
  private HttpClientForTests client;

  @BeforeEach
  void start() {
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      ErrorMapping.install(config);
      config.routes.get("/bug", ctx -> {
        throw new IllegalStateException("secret detail at dev.schemagate.Internal");
      });
      config.routes.get("/store", ctx -> {
        throw new StoreException("The database could not be written: database is locked");
      });
      config.routes.get("/listing", ctx -> Http.okStrings(ctx, each -> {
        each.accept("first");
        throw new StoreException("The database could not be read: disk I/O error");
      }));
      config.routes.get("/long-listing", ctx -> Http.okStrings(ctx, each -> {
        for (int i = 0; i < 100_000; i++) {
          each.accept("subject-" + i);
        }
        throw new StoreException("The database could not be read: disk I/O error");
      }));
      config.routes.get("/error", ctx -> {
        throw new StackOverflowError();
      });
    }).start("127.0.0.1", 0);
    client = new HttpClientForTests("http://127.0.0.1:" + app.port());
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void an_unexpected_exception_is_a_json_500_with_code_50001_and_no_details() {
    Answer answer = client.get("/bug");

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.json())
        .isEqualTo(json("{\"error_code\":50001,\"message\":\"Internal server error; the server log has the details.\"}"));
  }

  @Test
  void a_store_failure_is_50001_saying_what_the_store_could_not_do() {
    Answer answer = client.get("/store");

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.json()).isEqualTo(json(
        "{\"error_code\":50001,\"message\":\"Error in the backend data store: The database could not be written: database is locked\"}"));
  }

  @Test
  void a_jvm_error_is_still_a_json_500_with_one_body() {
    Answer answer = client.get("/error");

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.text()).isEqualTo("{\"error_code\":50001,\"message\":\"Internal server error.\"}");
  }

  @Test
  void a_listing_that_fails_early_is_only_the_error() {
    Answer answer = client.get("/listing");

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.text()).isEqualTo(
        "{\"error_code\":50001,\"message\":\"Error in the backend data store: The database could not be read: disk I/O error\"}");
  }

  @Test
  void a_listing_that_fails_after_it_went_out_is_never_a_complete_array() {
    String text = client.get("/long-listing").text();

    assertThat(text).startsWith("[\"subject-0\"").doesNotEndWith("]");
    assertThat(text).doesNotContain("\"subject-99999\"]");
  }
}

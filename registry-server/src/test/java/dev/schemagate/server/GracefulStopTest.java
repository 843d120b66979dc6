package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GracefulStopTest {
  @TempDir Path dir;

  @Test
  void close_lets_a_request_in_flight_finish_before_the_store_closes() throws Exception {
    RegistryServer server = RegistryServer.create(config -> config.host("127.0.0.1").port(0).database(dir.resolve("r.db"))).start();
    byte[] body = "{\"schema\":\"\\\"string\\\"\"}".getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /subjects/in-flight/versions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, 5);
      out.flush();
      awaitRequestInFlight(server);

      HttpClientForTests another = new HttpClientForTests(server.url());
      FutureTask<Void> closing = new FutureTask<>(server::close, null);
      Thread closer = new Thread(closing, "closing");
      closer.start();
      // close parks only to wait for the request; once it does, it has already stopped taking new ones
      awaitParked(closer);
      assertThat(closing).as("close waits for the request").isNotDone();
      assertThat(another.get("/subjects").status()).as("a new request while closing")
          .isEqualTo(503);
      out.write(body, 5, body.length - 5);
      out.flush();

      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 200").contains("\"id\":1");
      closing.get();
    }
    try (RegistryServer again = RegistryServer.create(config -> config.host("127.0.0.1").port(0).database(dir.resolve("r.db")))
        .start()) {
      assertThat(new HttpClientForTests(again.url()).get("/subjects").text())
          .isEqualTo("[\"in-flight\"]");
    }
  }

  /** Waits until the thread is parked (or done), however long the machine takes to get it there. */
  private static void awaitParked(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (thread.isAlive() && thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
      assertThat(System.nanoTime()).as("close starts waiting within 20 s").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  /** Waits until the server is answering the request: on a busy machine that can take a while after it is sent. */
  private static void awaitRequestInFlight(RegistryServer server) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (server.requestsInFlight() == 0) {
      assertThat(System.nanoTime()).as("the request reaches the server within 20 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}

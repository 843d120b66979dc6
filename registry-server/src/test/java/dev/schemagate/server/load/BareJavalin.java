package dev.schemagate.server.load;

import io.javalin.Javalin;

/**
 * The baseline of the load measurement (load/run.sh): Javalin with the same settings as the
 * registry, answering a constant. The registry's figures divided by these show what the registry
 * itself costs on top of the web layer. Prints the port it listens on.
 */
public final class BareJavalin {
  private static final byte[] SCHEMA = "{\"schemaType\":\"AVRO\",\"schema\":\"\\\"string\\\"\"}".getBytes();
  private static final byte[] REGISTERED = "{\"id\":1,\"version\":1}".getBytes();

  private BareJavalin() {}

  public static void main(String[] args) {
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = "127.0.0.1";
      config.jetty.port = 0;
      config.router.ignoreTrailingSlashes = true;
      config.routes.get("/constant", ctx -> ctx.contentType("application/vnd.schemaregistry.v1+json").result(SCHEMA));
      config.routes.post("/constant", ctx -> {
        ctx.bodyAsBytes();
        ctx.contentType("application/vnd.schemaregistry.v1+json").result(REGISTERED);
      });
    }).start();
    System.out.println("baseline listening on port " + app.port());
  }
}

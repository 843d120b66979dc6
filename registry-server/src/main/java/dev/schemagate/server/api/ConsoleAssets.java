package dev.schemagate.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The console's static files, read once from the jar and served under {@code /ui} with a policy
 * that lets the page load nothing but them and talk to nothing but this server.
 */
final class ConsoleAssets {
  /** Where the files are on the class path. */
  static final String FOLDER = "/console/";
  static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

  private record Asset(byte[] bytes, String contentType) {}

  private final Map<String, Asset> assets = Map.of(
      "index.html", load("index.html", "text/html; charset=utf-8"),
      "console.js", load("console.js", "text/javascript; charset=utf-8"),
      "views.js", load("views.js", "text/javascript; charset=utf-8"),
      "console.css", load("console.css", "text/css; charset=utf-8"),
      "favicon.svg", load("favicon.svg", "image/svg+xml"));

  void install(RoutesConfig routes) {
    routes.get("/ui", ctx -> serve(ctx, "index.html"));
    routes.get("/ui/{asset}", ctx -> serve(ctx, ctx.pathParam("asset")));
  }

  private void serve(Context ctx, String name) {
    Asset asset = assets.get(name);
    if (asset == null) {
      throw new ApiException(404, 404, "The console has no file \"" + Http.shown(name) + "\"; open /ui.");
    }
    ctx.header("Content-Security-Policy", POLICY).header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-cache");
    ctx.status(200).contentType(asset.contentType()).result(asset.bytes());
  }

  private static Asset load(String name, String contentType) {
    try (InputStream in = ConsoleAssets.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the console file " + FOLDER + name + " is missing from the class path");
      }
      return new Asset(in.readAllBytes(), contentType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

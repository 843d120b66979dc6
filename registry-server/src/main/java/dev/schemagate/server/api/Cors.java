package dev.schemagate.server.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin requests from browser tools ({@code --cors-origins}, off unless given): a request
 * whose {@code Origin} is allowed gets {@code Access-Control-Allow-Origin} naming it; a preflight
 * ({@code OPTIONS} with {@code Access-Control-Request-Method}) from an allowed origin is answered
 * 204 here, before authentication, since browsers send preflights without credentials. A preflight
 * from any other origin is 403; other requests from it get no CORS headers, so the browser keeps
 * their answers from the page.
 */
public final class Cors {
  /** Every origin, as Confluent's {@code access.control.allow.origin=*}. */
  public static final String ANY = "*";
  private static final String METHODS = "GET, POST, PUT, DELETE, OPTIONS";
  /** Answers a page may read besides the simple ones: the refusals' hints. */
  private static final String EXPOSED = "WWW-Authenticate, Retry-After";
  private static final int PREFLIGHT_SECONDS = 600;

  private final Set<String> origins;
  private final boolean credentials;

  /**
   * @param origins the allowed origins ({@code https://console.example.com}), or {@link #ANY}
   * @param credentials whether requests carry credentials (authentication is on)
   */
  private Cors(List<String> origins, boolean credentials) {
    this.origins = Set.copyOf(origins);
    this.credentials = credentials;
  }

  /** Installs the check in front of every route; call before authentication is installed. */
  public static void install(JavalinConfig config, List<String> origins, boolean credentials) {
    Cors cors = new Cors(origins, credentials);
    config.routes.before(cors::handle);
  }

  /**
   * An origin as browsers send it, {@code scheme://host[:port]} in lower case, or {@link #ANY}.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static String origin(String text) {
    String origin = text.strip();
    if (origin.equals(ANY)) {
      return ANY;
    }
    URI uri;
    try {
      uri = new URI(origin);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("'" + origin + "' is not an origin like https://console.example.com");
    }
    if (uri.getScheme() == null || uri.getHost() == null || !(uri.getScheme().equalsIgnoreCase("http")
        || uri.getScheme().equalsIgnoreCase("https")) || uri.getRawUserInfo() != null
        || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("'" + origin + "' is not an origin: give http:// or https://, the host and"
          + " the port if not the default, and no path, e.g. https://console.example.com");
    }
    return origin.toLowerCase(Locale.ROOT);
  }

  private boolean allows(String origin) {
    return origins.contains(ANY) || origins.contains(origin.toLowerCase(Locale.ROOT));
  }

  private void handle(Context ctx) {
    String origin = ctx.header("Origin");
    boolean preflight = ctx.method().name().equals("OPTIONS") && ctx.header("Access-Control-Request-Method") != null;
    if (origin == null) {
      return;
    }
    ctx.header("Vary", "Origin");
    if (!allows(origin)) {
      if (preflight) {
        ErrorMapping.error(ctx, 403, 40301, "Origin " + origin + " may not call this registry from a browser; the"
            + " registry's --cors-origins lists the origins that may.");
        ctx.skipRemainingHandlers();
      }
      return;
    }
    // with credentials a browser accepts only its own origin back, never *
    ctx.header("Access-Control-Allow-Origin", origins.contains(ANY) && !credentials ? ANY : origin);
    if (credentials) {
      ctx.header("Access-Control-Allow-Credentials", "true");
    }
    if (!preflight) {
      ctx.header("Access-Control-Expose-Headers", EXPOSED);
      return;
    }
    ctx.header("Access-Control-Allow-Methods", METHODS);
    String headers = ctx.header("Access-Control-Request-Headers");
    if (headers != null && !headers.isBlank()) {
      ctx.header("Access-Control-Allow-Headers", headers);
    }
    ctx.header("Access-Control-Max-Age", Integer.toString(PREFLIGHT_SECONDS));
    ctx.status(204);
    ctx.skipRemainingHandlers();
  }
}

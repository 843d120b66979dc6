package dev.schemagate.server.auth;

/**
 * Which credentials a registry accepts: users of a users file (HTTP Basic), bearer tokens, or both;
 * and whether {@code /metrics} answers without credentials.
 */
public record AuthConfig(Users users, Tokens tokens, boolean openMetrics) {
  public AuthConfig {
    if (users == null && tokens == null) {
      throw new IllegalArgumentException("authentication needs a users file, a JWKS for bearer tokens, or both");
    }
  }

  /** The {@code WWW-Authenticate} value of a 401. */
  String challenge() {
    if (users != null && tokens != null) {
      return "Basic realm=\"SchemaGate\", charset=\"UTF-8\", Bearer realm=\"SchemaGate\"";
    }
    return users != null ? "Basic realm=\"SchemaGate\", charset=\"UTF-8\"" : "Bearer realm=\"SchemaGate\"";
  }

  /** What the ready line says is on, e.g. "Basic (users file /etc/schemagate/users.json, 3 users) and bearer tokens". */
  public String describe() {
    String basic = users == null ? null : "HTTP Basic (users file " + users.file() + ", " + users.size() + " users)";
    String bearer = tokens == null ? null
        : "bearer JWTs (issuer " + tokens.settings().issuer() + ", audience " + tokens.settings().audience() + ")";
    return basic == null ? bearer : bearer == null ? basic : basic + " and " + bearer;
  }
}

package dev.schemagate.server;

import dev.schemagate.server.auth.AuthConfig;
import dev.schemagate.server.auth.Tokens;
import dev.schemagate.server.auth.Users;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The command line's options for authentication and TLS; each can also come from its environment variable. */
final class SecurityOptions {
  @Option(names = "--users", paramLabel = "FILE",
      description = "Users file for HTTP Basic: user names, bcrypt password hashes, roles and subject patterns; read again"
          + " when it changes or on SIGHUP (SCHEMAGATE_USERS).")
  String users;

  @Option(names = "--jwks", paramLabel = "FILE|URL",
      description = "JSON Web Key Set whose keys sign bearer tokens: a file or a URL; without it, the jwks_uri of"
          + " the --jwt-issuer's OpenID configuration (SCHEMAGATE_JWKS).")
  String jwks;

  @Option(names = "--jwt-issuer", paramLabel = "ISSUER",
      description = "The iss every bearer token must have; turns bearer tokens on (SCHEMAGATE_JWT_ISSUER).")
  String issuer;

  @Option(names = "--jwt-audience", paramLabel = "AUDIENCE",
      description = "The aud every bearer token must hold (SCHEMAGATE_JWT_AUDIENCE).")
  String audience;

  @Option(names = "--jwt-role-claim", paramLabel = "CLAIM", defaultValue = "role",
      description = "Token claim with the role: reader, writer or admin, or a list holding one; a dotted path like"
          + " realm_access.roles reaches into an object (SCHEMAGATE_JWT_ROLE_CLAIM, default: ${DEFAULT-VALUE}).")
  String roleClaim;

  @Option(names = "--jwt-subjects-claim", paramLabel = "CLAIM",
      defaultValue = "schemagate_subjects",
      description = "Claim listing the subject patterns the role applies to; all subjects when absent"
          + " (SCHEMAGATE_JWT_SUBJECTS_CLAIM, default: ${DEFAULT-VALUE}).")
  String subjectsClaim;

  @Option(names = "--open-metrics", defaultValue = "false",
      description = "Serve /metrics without credentials when authentication is on (SCHEMAGATE_OPEN_METRICS).")
  boolean openMetrics;

  @Option(names = "--tls-cert", paramLabel = "FILE",
      description = "PEM certificate chain: serve HTTPS instead of HTTP; needs --tls-key (SCHEMAGATE_TLS_CERT).")
  String tlsCert;

  @Option(names = "--tls-key", paramLabel = "FILE",
      description = "PEM private key (PKCS#8, BEGIN PRIVATE KEY) of --tls-cert (SCHEMAGATE_TLS_KEY).")
  String tlsKey;

  /** Applies the options; every problem is one sentence naming the option. */
  void apply(ServerConfig config) {
    if ((tlsCert == null) != (tlsKey == null)) {
      throw new IllegalArgumentException(tlsCert == null ? "--tls-key needs --tls-cert" : "--tls-cert needs --tls-key");
    }
    if (tlsCert != null) {
      config.tls(Path.of(tlsCert), Path.of(tlsKey));
    }
    Users loaded = users == null ? null : Users.load(Path.of(users));
    Tokens tokens = null;
    if (jwks != null || issuer != null || audience != null) {
      if (issuer == null || audience == null) {
        throw new IllegalArgumentException("bearer tokens need --jwt-issuer and --jwt-audience: a token is accepted only from"
            + " its issuer and for this registry");
      }
      // without --jwks the keys' URL comes from the issuer's OpenID configuration
      tokens = new Tokens(new Tokens.TokenSettings(jwks, issuer, audience, roleClaim, subjectsClaim));
    }
    if (loaded != null || tokens != null) {
      config.auth(new AuthConfig(loaded, tokens, openMetrics));
    }
  }

  /** The end of the ready line: what protects the port. */
  static String describe(ServerConfig config) {
    String tls = config.tlsCertificate() == null ? "" : "; TLS with certificate " + config.tlsCertificate();
    if (config.auth() == null) {
      return tls + "; no authentication: anyone who can reach this port can change schemas";
    }
    return tls + "; authentication: " + config.auth().describe();
  }

  /** Reads the users file again when it changes (checked every 2 seconds) and on SIGHUP. */
  static void watchUsers(ServerConfig config) {
    if (config.auth() == null || config.auth().users() == null) {
      return;
    }
    Users users = config.auth().users();
    Thread watcher = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          Thread.sleep(2_000);
        } catch (InterruptedException e) {
          return;
        }
        users.reloadIfChanged();
      }
    }, "users-file-watcher");
    watcher.setDaemon(true);
    watcher.start();
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("HUP"), signal -> users.reload());
    } catch (IllegalArgumentException noSighup) {
      // no SIGHUP on this platform: changes are still picked up by the watcher
    }
  }
}

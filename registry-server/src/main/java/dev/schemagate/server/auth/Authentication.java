package dev.schemagate.server.auth;

import dev.schemagate.server.api.Callers;
import dev.schemagate.server.registry.ErrorCode;
import dev.schemagate.server.registry.Registry;
import dev.schemagate.server.registry.RegistryException;
import dev.schemagate.server.store.SubjectVersion;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The registry's front door: a before-handler that finds out who sent a request (HTTP Basic against
 * the users file, or a bearer JWT) and whether that caller may do what it asks. Missing or wrong
 * credentials get 401 (40101) with {@code WWW-Authenticate}; a known caller without the right gets
 * 403 (40301); a subject the caller may not read answers as a missing one does (40401).
 */
public final class Authentication {
  static final int UNAUTHORIZED = 40101;
  static final int FORBIDDEN = 40301;

  private final AuthConfig config;
  private final Registry registry;
  private final FailedLogins failedLogins = new FailedLogins();
  private final VerifiedLogins verifiedLogins = new VerifiedLogins();

  private Authentication(AuthConfig config, Registry registry) {
    this.config = config;
    this.registry = registry;
  }

  /** Installs the check in front of every route; call before the routes are installed. */
  public static void install(JavalinConfig javalin, AuthConfig config, Registry registry) {
    Authentication authentication = new Authentication(config, registry);
    javalin.routes.before(authentication::handle);
  }

  private void handle(Context ctx) {
    AccessRule rule = AccessRule.of(ctx.method().name(), ctx.req().getRequestURI(), config.openMetrics());
    if (rule.kind() == AccessRule.Kind.OPEN) {
      return;
    }
    Caller caller = authenticate(ctx);
    if (caller == null) {
      ctx.skipRemainingHandlers();
      return;
    }
    Callers.identify(ctx, caller.name(), caller.readsAll() ? null : caller::mayRead);
    Callers.allow(ctx, subject -> new Callers.SubjectAccess(
        caller.mayRead(subject), caller.may(Role.WRITER, subject), caller.may(Role.ADMIN, subject)));
    String refusal = authorize(caller, rule);
    if (refusal != null) {
      Callers.refuse(ctx, 403, FORBIDDEN, refusal);
      ctx.skipRemainingHandlers();
    }
  }

  /** The caller, or null after answering 401. */
  private Caller authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    String address = ctx.ip();
    if (header == null || header.isBlank()) {
      return unauthorized(ctx, "Authentication is required: send HTTP Basic credentials or a bearer token.");
    }
    int space = header.indexOf(' ');
    String scheme = space < 0 ? header : header.substring(0, space);
    String value = space < 0 ? "" : header.substring(space + 1).trim();
    switch (scheme.toLowerCase(Locale.ROOT)) {
      case "basic" -> {
        return basic(ctx, address, value);
      }
      case "bearer" -> {
        if (config.tokens() == null) {
          failedLogins.failed(address, null, "a bearer token, but this registry accepts none");
          return unauthorized(ctx, "This registry does not accept bearer tokens; send HTTP Basic credentials.");
        }
        try {
          Caller caller = config.tokens().verify(value);
          failedLogins.succeeded(address);
          return caller;
        } catch (Tokens.Refused e) {
          failedLogins.failed(address, null, e.getMessage());
          return unauthorized(ctx, e.getMessage());
        }
      }
      default -> {
        failedLogins.failed(address, null, "an Authorization header of an unknown scheme");
        return unauthorized(ctx, "The Authorization header must be Basic or Bearer.");
      }
    }
  }

  private Caller basic(Context ctx, String address, String value) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      failedLogins.failed(address, null, "Basic credentials that are not Base64");
      return unauthorized(ctx, "The Basic credentials are not valid Base64 of user:password.");
    }
    int colon = decoded.indexOf(':');
    String user = colon < 0 ? decoded : decoded.substring(0, colon);
    char[] password = (colon < 0 ? "" : decoded.substring(colon + 1)).toCharArray();
    if (config.users() == null) {
      failedLogins.failed(address, user, "Basic credentials, but this registry has no users file");
      return unauthorized(ctx, "This registry does not accept Basic credentials; send a bearer token.");
    }
    var users = config.users().snapshot();
    UsersFile.User known = users.get(user);
    if (known == null) {
      Passwords.spendTimeOfOneCheck(password);
      failedLogins.failed(address, user, "no such user");
      return unauthorized(ctx, "The user name or password is wrong.");
    }
    if (!verifiedLogins.isKnown(users, user, known.passwordHash(), password)) {
      if (!Passwords.matches(password, known.passwordHash())) {
        failedLogins.failed(address, user, "wrong password");
        return unauthorized(ctx, "The user name or password is wrong.");
      }
      verifiedLogins.remember(users, user, known.passwordHash(), password);
    }
    failedLogins.succeeded(address);
    return known.caller();
  }

  private Caller unauthorized(Context ctx, String message) {
    ctx.header("WWW-Authenticate", config.challenge());
    Callers.refuse(ctx, 401, UNAUTHORIZED, message);
    return null;
  }

  /** Why the caller may not, or null when it may; a subject it may not read is answered as missing. */
  private String authorize(Caller caller, AccessRule rule) {
    switch (rule.kind()) {
      case ANY_CALLER:
        return null;
      case GLOBAL_ADMIN:
        return caller.isGlobalAdmin() ? null
            : "User \"" + caller.name() + "\" may not change registry-wide settings or read the audit trail: that needs"
                + " the admin role for every subject (\"*\").";
      case SUBJECT:
        String resolved = registry.settings().resolveAlias(rule.subject());
        for (String subject : resolved.equals(rule.subject()) ? List.of(rule.subject()) : List.of(rule.subject(), resolved)) {
          if (!caller.mayRead(subject)) {
            throw new RegistryException(ErrorCode.SUBJECT_NOT_FOUND, "Subject '" + rule.subject() + "' not found.");
          }
          if (!caller.may(rule.role(), subject)) {
            return "User \"" + caller.name() + "\" may not do this on subject '" + subject + "': it needs the "
                + rule.role().label() + " role for it, and has " + caller.role().label() + " on " + caller.subjects() + ".";
          }
        }
        return null;
      case SCHEMA_ID:
        if (!caller.readsAll()) {
          requireReadableSchema(caller, rule.schemaId());
        }
        return null;
      default:
        return null;
    }
  }

  /** A schema id is readable when a subject the caller may read uses it; otherwise it answers as missing. */
  private void requireReadableSchema(Caller caller, String idText) {
    int id;
    try {
      id = Integer.parseInt(idText.trim());
    } catch (NumberFormatException e) {
      return; // the route answers 40403 for an id that is not a number
    }
    List<SubjectVersion> users = registry.reads().versionsOfSchema(id, true);
    if (users.stream().noneMatch(v -> caller.mayRead(v.subject()))) {
      throw new RegistryException(ErrorCode.SCHEMA_NOT_FOUND, "Schema " + id + " not found.");
    }
  }
}

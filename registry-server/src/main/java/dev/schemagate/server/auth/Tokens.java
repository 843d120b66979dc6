package dev.schemagate.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bearer tokens: JWTs signed by a key of a JWKS (a file, or a URL such as an OpenID provider's
 * {@code jwks_uri}), with the configured issuer and audience, not expired. A claim names the role
 * (a string or a list, the highest of reader, writer and admin wins); another the subject patterns.
 */
public final class Tokens {
  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
  private final TokenSettings settings;

  /**
   * How tokens are checked and read.
   *
   * @param jwks a JWKS file or URL; null to find the URL in the issuer's OpenID configuration
   *     ({@code ISSUER/.well-known/openid-configuration}, its {@code jwks_uri})
   */
  public record TokenSettings(String jwks, String issuer, String audience, String roleClaim, String subjectsClaim) {}

  /** Why a token was refused, as the 401 answer says it; never the token itself. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
    }
  }

  public Tokens(TokenSettings settings) {
    this.settings = settings;
    String jwks = settings.jwks() != null ? settings.jwks() : OpenIdDiscovery.jwksUri(settings.issuer());
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms(), source(jwks)));
    processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
        Set.of(settings.audience()), new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("exp"), Set.of()));
  }

  public TokenSettings settings() {
    return settings;
  }

  Caller verify(String token) throws Refused {
    JWTClaimsSet claims;
    try {
      claims = processor.process(token, null);
    } catch (ParseException e) {
      throw new Refused("The bearer token is not a JWT.");
    } catch (ExpiredJWTException e) {
      throw new Refused("The bearer token has expired.");
    } catch (BadJWTException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("iss")) {
        throw new Refused("The bearer token was issued by another issuer than this registry trusts.");
      }
      if (message.contains("aud")) {
        throw new Refused("The bearer token is meant for another audience than this registry.");
      }
      throw new Refused("The bearer token's claims are not acceptable: it needs an expiry (exp), issuer and audience.");
    } catch (BadJOSEException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("no matching key")) {
        throw new Refused("The bearer token is signed with a key this registry does not know.");
      }
      throw new Refused("The bearer token's signature is not valid.");
    } catch (JOSEException e) {
      throw new Refused("The bearer token could not be verified.");
    }
    String name = Optional.ofNullable(text(claims, "preferred_username")).orElse(claims.getSubject());
    Role role = role(claims).orElseThrow(() -> new Refused(
        "The bearer token names no role in its \"" + settings.roleClaim() + "\" claim; give reader, writer or admin."));
    List<String> subjects = strings(claim(claims, settings.subjectsClaim()));
    return new Caller(name == null ? "(token without subject)" : name, role,
        subjects.isEmpty() ? SubjectPatterns.all() : SubjectPatterns.of(subjects), SubjectPatterns.none());
  }

  private Optional<Role> role(JWTClaimsSet claims) {
    Role best = null;
    for (String value : strings(claim(claims, settings.roleClaim()))) {
      Role role = Role.named(value).orElse(null);
      if (role != null && (best == null || role.includes(best))) {
        best = role;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A claim by a dotted path, e.g. {@code realm_access.roles} as Keycloak puts realm roles. */
  private static Object claim(JWTClaimsSet claims, String path) {
    Object value = claims.getClaims();
    for (String part : path.split("\\.")) {
      value = value instanceof Map<?, ?> map ? map.get(part) : null;
    }
    return value;
  }

  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof String text) {
      for (String part : text.split("[\\s,]+")) {
        if (!part.isEmpty()) {
          strings.add(part);
        }
      }
    } else if (value instanceof List<?> list) {
      list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(strings::add);
    }
    return strings;
  }

  private static String text(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    return value instanceof String text ? text : null;
  }

  private static Set<JWSAlgorithm> algorithms() {
    Set<JWSAlgorithm> algorithms = new HashSet<>(JWSAlgorithm.Family.RSA);
    algorithms.addAll(JWSAlgorithm.Family.EC);
    return algorithms;
  }

  private static JWKSource<SecurityContext> source(String jwks) {
    if (jwks.startsWith("https://") || jwks.startsWith("http://")) {
      try {
        return JWKSourceBuilder.create(URI.create(jwks).toURL()).build();
      } catch (MalformedURLException | IllegalArgumentException e) {
        throw new IllegalArgumentException("The JWKS URL " + jwks + " is not a valid URL.");
      }
    }
    try {
      return new ImmutableJWKSet<>(JWKSet.load(Path.of(jwks).toFile()));
    } catch (IOException e) {
      throw new IllegalArgumentException("The JWKS file " + jwks + " cannot be read: " + e.getMessage());
    } catch (ParseException e) {
      throw new IllegalArgumentException("The JWKS file " + jwks + " is not a JSON Web Key Set: " + e.getMessage());
    }
  }
}

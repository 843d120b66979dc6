package dev.schemagate.server.testing;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Users files, signing keys and tokens that the auth tests make for themselves. */
public final class AuthFixtures {
  public static final String ISSUER = "https://login.example.test/realms/events";
  public static final String AUDIENCE = "schemagate";

  private AuthFixtures() {}

  /** A bcrypt hash at the lowest cost, so tests stay fast; the server accepts any cost. */
  public static String hash(String password) {
    return BCrypt.withDefaults().hashToString(4, password.toCharArray());
  }

  /** One users file entry: name, password, role, subject patterns, read-only patterns (may be empty). */
  public record TestUser(String name, String password, String role, List<String> subjects, List<String> readSubjects) {}

  public static Path writeUsers(Path file, List<TestUser> users) {
    var root = HttpClientForTests.MAPPER.createObjectNode();
    var entries = root.putObject("users");
    for (TestUser user : users) {
      var entry = entries.putObject(user.name());
      entry.put("password", hash(user.password())).put("role", user.role());
      user.subjects().forEach(entry.withArray("subjects")::add);
      if (!user.readSubjects().isEmpty()) {
        user.readSubjects().forEach(entry.withArray("readSubjects")::add);
      }
    }
    try {
      Files.writeString(file, root.toPrettyString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  public static RSAKey rsaKey(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the public half of the keys as a JWKS file. */
  public static Path writeJwks(Path file, RSAKey... keys) {
    try {
      Files.writeString(file, new JWKSet(List.of(keys)).toPublicJWKSet().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A token signed with {@code key}, with the given claims on top of a valid issuer, audience and expiry. */
  public static String token(RSAKey key, Map<String, Object> claims) {
    JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
        .issuer(ISSUER).audience(AUDIENCE).subject("svc-orders")
        .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300)));
    claims.forEach(builder::claim);
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), builder.build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }
}

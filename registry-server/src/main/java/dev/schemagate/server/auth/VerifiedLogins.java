package dev.schemagate.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers which user and password pairs passed the bcrypt check, so that a client sending Basic
 * credentials with every request pays the slow hash once, not on every request. Only a keyed digest
 * (HMAC with a key made at start, never stored) of each pair is kept; a wrong password still goes
 * through bcrypt. Cleared when the users file changes.
 */
final class VerifiedLogins {
  private static final int MAX_ENTRIES = 10_000;
  private final byte[] key = new byte[32];
  private final ConcurrentHashMap<String, byte[]> verified = new ConcurrentHashMap<>();
  private volatile Object generation;

  VerifiedLogins() {
    new SecureRandom().nextBytes(key);
  }

  boolean isKnown(Object usersGeneration, String user, String hash, char[] password) {
    if (usersGeneration != generation) {
      return false;
    }
    byte[] known = verified.get(user);
    return known != null && MessageDigest.isEqual(known, digest(user, hash, password));
  }

  void remember(Object usersGeneration, String user, String hash, char[] password) {
    if (usersGeneration != generation) {
      verified.clear();
      generation = usersGeneration;
    }
    if (verified.size() < MAX_ENTRIES) {
      verified.put(user, digest(user, hash, password));
    }
  }

  private byte[] digest(String user, String hash, char[] password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(user.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(hash.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
    }
  }
}

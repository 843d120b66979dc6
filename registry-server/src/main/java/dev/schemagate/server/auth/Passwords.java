package dev.schemagate.server.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt hashes of passwords: salted and slow, the only form in which a users file keeps them. */
public final class Passwords {
  /** 2^12 rounds: about a quarter of a second per check on a server core, so guessing is slow. */
  static final int COST = 12;
  /** Checked when the user is unknown, so that an unknown name takes as long as a wrong password. */
  private static final String DECOY = hash("not a password of anyone".toCharArray());

  private Passwords() {}

  public static String hash(char[] password) {
    return BCrypt.withDefaults().hashToString(COST, password);
  }

  public static boolean matches(char[] password, String hash) {
    return BCrypt.verifyer().verify(password, hash.getBytes(StandardCharsets.UTF_8)).verified;
  }

  static void spendTimeOfOneCheck(char[] password) {
    matches(password, DECOY);
  }

  /** Whether a users file entry holds a bcrypt hash rather than, by mistake, a plain password. */
  static boolean isHash(String text) {
    return text.matches("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
  }
}

package dev.schemagate.core.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 fingerprints of canonical schemas. */
public final class Fingerprints {
  private Fingerprints() {}

  /**
   * The fingerprint of a schema: its type, canonical text and references all count, so the same
   * text that refers to another version of a dependency is another schema.
   */
  public static String of(SchemaType type, String canonicalText, List<SchemaReference> references) {
    MessageDigest sha = newDigest();
    update(sha, type.name());
    update(sha, canonicalText);
    for (SchemaReference reference : references) {
      update(sha, reference.name());
      update(sha, reference.subject());
      update(sha, Integer.toString(reference.version()));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** SHA-256 (lowercase hex) of a text's UTF-8 bytes, for keys derived from other texts. */
  public static String sha256(String text) {
    return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static void update(MessageDigest sha, String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    // length-prefixed so that ("ab","c") and ("a","bc") differ
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

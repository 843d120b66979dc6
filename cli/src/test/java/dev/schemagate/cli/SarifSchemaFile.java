package dev.schemagate.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * The official SARIF 2.1.0 JSON schema ({@code sarif-2.1.0-rtm.5.json}, the schema OASIS published
 * with the standard), taken from the npm package {@code @microsoft/jest-sarif} 1.0.0-beta.0 (MIT),
 * which ships it. The package's tarball is fetched from the npm registry once per build folder and
 * checked against its SHA-256, so no unattributed copy lives in the repository.
 */
final class SarifSchemaFile {
  static final String TARBALL = "https://registry.npmjs.org/@microsoft/jest-sarif/-/jest-sarif-1.0.0-beta.0.tgz";
  static final String SHA_256 = "748e2c3d1a842e7bb258416685c7ea3a0da40005b72267b2052c2856d48ad102";
  static final String ENTRY = "package/lib/schemas/sarif-2.1.0-rtm.5.json";

  private SarifSchemaFile() {}

  /** The schema's text, from {@code cache} or else from the npm registry. */
  static String obtain(Path cache) throws IOException, InterruptedException {
    Path tarball = cache.resolve("jest-sarif-1.0.0-beta.0.tgz");
    if (!Files.isRegularFile(tarball) || !sha256(Files.readAllBytes(tarball)).equals(SHA_256)) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(TARBALL)).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException("The npm registry answered " + response.statusCode() + " for " + TARBALL);
      }
      if (!sha256(response.body()).equals(SHA_256)) {
        throw new IOException(TARBALL + " does not have the SHA-256 " + SHA_256 + "; the package changed, refusing its schema");
      }
      Files.createDirectories(cache);
      Files.write(tarball, response.body());
    }
    return entry(tarball, ENTRY);
  }

  /** One file of a gzipped tar: 512-byte headers (name, octal size), each file padded to 512 bytes. */
  private static String entry(Path tarball, String wanted) throws IOException {
    try (InputStream tar = new GZIPInputStream(Files.newInputStream(tarball))) {
      while (true) {
        byte[] header = tar.readNBytes(512);
        if (header.length < 512 || header[0] == 0) {
          throw new IOException(wanted + " is not in " + tarball);
        }
        String name = field(header, 0, 100);
        String prefix = field(header, 345, 155);
        long size = Long.parseLong(field(header, 124, 12).trim(), 8);
        byte[] content = tar.readNBytes((int) size);
        tar.readNBytes((int) ((512 - size % 512) % 512));
        if ((prefix.isEmpty() ? name : prefix + "/" + name).equals(wanted)) {
          return new String(content, StandardCharsets.UTF_8);
        }
      }
    }
  }

  private static String field(byte[] header, int offset, int length) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = offset; i < offset + length && header[i] != 0; i++) {
      bytes.write(header[i]);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

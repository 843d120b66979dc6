package dev.schemagate.server.registry;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.store.JdbiSchemaStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A check against a long history of large schemas, with the default cache and with one big enough
 * for the whole history, timed in the same run: how much slower a check gets once the history no
 * longer fits in memory. Not a test; run it by hand:
 * {@code java -Xmx1g -cp <test classpath> dev.schemagate.server.registry.LongHistoryCheckBenchmark [versions] [rounds]}.
 */
public final class LongHistoryCheckBenchmark {
  private LongHistoryCheckBenchmark() {}

  /** Version {@code n} of a record that grows by a field every eighth version, each field about 100 characters. */
  static String version(int n) {
    StringBuilder schema = new StringBuilder("{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"shop\",\"doc\":\"Version ").append(n)
        .append("\",\"fields\":[");
    int fields = 20 + n / 8;
    for (int f = 0; f < fields; f++) {
      schema.append(f == 0 ? "" : ",").append("{\"name\":\"field_").append(f)
          .append("\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"Field number ").append(f)
          .append(" of the order, kept for the benchmark.\"}");
    }
    return schema.append("]}").toString();
  }

  public static void main(String[] args) throws Exception {
    int versions = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("long-history");
    try (JdbiSchemaStore store = JdbiSchemaStore.sqlite(JdbiSchemaStore.sqliteUrl(dir.resolve("registry.db")))) {
      Registry filling = Registry.over(store, CompatibilityLevel.NONE);
      long characters = 0;
      for (int n = 1; n <= versions; n++) {
        String text = version(n);
        characters += text.length();
        filling.registration().register("orders", SchemaRequest.of(SchemaType.AVRO, text), false);
      }
      System.out.printf("%d versions, %d characters of schema text%n", versions, characters);
      Registry usual = Defaults.usual(store);
      Registry huge = Defaults.huge(store);
      SchemaRequest candidate = SchemaRequest.of(SchemaType.AVRO, version(versions + 1));
      for (boolean transitive : new boolean[] {true, false}) {
        check(usual, candidate, transitive);
        check(huge, candidate, transitive);
        long usualNanos = 0;
        long hugeNanos = 0;
        int times = transitive ? rounds : rounds * 20;
        for (int round = 0; round < times; round++) {
          usualNanos += check(usual, candidate, transitive);
          hugeNanos += check(huge, candidate, transitive);
        }
        System.out.printf("%s: default cache %.2f ms, whole history in memory %.2f ms, ratio %.2f%n",
            transitive ? "transitive check of " + versions + " versions" : "check against the latest",
            usualNanos / 1e6 / times, hugeNanos / 1e6 / times, (double) usualNanos / hugeNanos);
      }
    }
  }

  private static long check(Registry registry, SchemaRequest candidate, boolean transitive) {
    long start = System.nanoTime();
    boolean compatible = transitive
        ? registry.compatibility().isCompatibleWithSubject("orders", candidate)
        : registry.compatibility().isCompatibleWithVersion("orders", VersionSelector.LATEST, candidate);
    if (!compatible) {
      throw new IllegalStateException("the candidate should be compatible");
    }
    return System.nanoTime() - start;
  }

  /** The two registries compared. */
  private static final class Defaults {
    static Registry usual(JdbiSchemaStore store) {
      return Registry.over(store, CompatibilityLevel.BACKWARD_TRANSITIVE);
    }

    static Registry huge(JdbiSchemaStore store) {
      return Registry.withCacheBytes(store, CompatibilityLevel.BACKWARD_TRANSITIVE, Long.MAX_VALUE / 2);
    }
  }
}

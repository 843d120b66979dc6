package dev.schemagate.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.store.JdbiSchemaStore;
import dev.schemagate.server.store.SchemaStore;
import dev.schemagate.server.testing.ServerTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registration or lookup sent again is answered from memory, and only while that answer still holds. */
class RepeatedRequestsTest {
  private static final String V1 = """
      {"type":"record","name":"Order","fields":[{"name":"id","type":"string"}]}""";
  private static final String V2 = """
      {"type":"record","name":"Order","fields":[{"name":"id","type":"string"},{"name":"n","type":"int","default":0}]}""";

  @TempDir Path dir;
  private JdbiSchemaStore store;
  private final AtomicInteger contentQueries = new AtomicInteger();
  private Registry registry;

  @BeforeEach
  void open() {
    store = ServerTest.openTestStore(dir.resolve("registry.db"), getClass());
    SchemaStore counting = (SchemaStore) Proxy.newProxyInstance(
        SchemaStore.class.getClassLoader(), new Class<?>[] {SchemaStore.class}, (proxy, method, args) -> {
          if (method.getName().equals("schemaIdByContentKey")) {
            contentQueries.incrementAndGet();
          }
          try {
            return method.invoke(store, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    registry = Registry.over(counting, CompatibilityLevel.BACKWARD);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private SchemaVersion register(String subject, String schema) {
    return registry.registration().register(subject, SchemaRequest.of(SchemaType.AVRO, schema), false);
  }

  private SchemaVersion lookup(String subject, String schema) {
    return registry.registration().lookup(subject, SchemaRequest.of(SchemaType.AVRO, schema), false);
  }

  @Test
  void a_repeated_registration_and_lookup_ask_the_store_nothing() {
    SchemaVersion first = register("orders", V1);
    register("orders", V1);
    lookup("orders", V1);
    int queried = contentQueries.get();

    SchemaVersion again = register("orders", V1);
    SchemaVersion found = lookup("orders", V1);

    assertThat(contentQueries.get()).isEqualTo(queried);
    assertThat(again).isEqualTo(first);
    assertThat(found).isEqualTo(first);
  }

  @Test
  void a_repeated_registration_after_a_soft_delete_registers_a_new_version() {
    register("orders", V1);
    register("orders", V1);
    registry.deletion().deleteVersion("orders", VersionSelector.LATEST, false);

    SchemaVersion again = register("orders", V1);

    assertThat(again.version()).isEqualTo(2);
    assertThat(again.deleted()).isFalse();
  }

  @Test
  void a_repeated_lookup_after_a_permanent_delete_finds_nothing() {
    register("orders", V1);
    register("orders", V2);
    lookup("orders", V2);
    registry.deletion().deleteVersion("orders", VersionSelector.LATEST, false);
    registry.deletion().deleteVersion("orders", new VersionSelector(2), true);

    RegistryException missing = catchThrowableOfType(() -> lookup("orders", V2), RegistryException.class);

    assertThat(missing.code()).isEqualTo(ErrorCode.SCHEMA_NOT_FOUND);
  }

  @Test
  void a_repeated_registration_is_refused_once_the_subject_is_read_only() {
    register("orders", V1);
    register("orders", V1);
    registry.settings().setMode("orders", "READONLY", false);

    RegistryException refused = catchThrowableOfType(() -> register("orders", V1), RegistryException.class);

    assertThat(refused.code()).isEqualTo(ErrorCode.OPERATION_NOT_PERMITTED);
  }

  @Test
  void a_repeated_registration_after_a_metadata_override_is_a_new_version() {
    register("orders", V1);
    register("orders", V1);
    ObjectNode config = Jsons.readObject("""
        {"overrideMetadata":{"properties":{"owner":"payments"}}}""");
    registry.settings().updateConfig("orders", config);

    SchemaVersion again = register("orders", V1);

    assertThat(again.version()).isEqualTo(2);
    assertThat(again.schema().metadata()).contains("payments");
  }

  @Test
  void a_repeated_registration_naming_the_latest_version_follows_a_new_one() {
    register("base", """
        {"type":"record","name":"Base","fields":[{"name":"id","type":"string"}]}""");
    SchemaRequest user = new SchemaRequest("""
        {"type":"record","name":"User","fields":[{"name":"base","type":"Base"}]}""",
        SchemaType.AVRO, List.of(new SchemaReference("Base", "base", -1)), null, null, null, null);
    registry.registration().register("user", user, false);
    registry.registration().register("user", user, false);
    register("base", """
        {"type":"record","name":"Base","fields":[{"name":"id","type":"string"},{"name":"n","type":"int","default":0}]}""");

    SchemaVersion again = registry.registration().register("user", user, false);

    assertThat(again.version()).isEqualTo(2);
    assertThat(again.schema().references()).containsExactly(new SchemaReference("Base", "base", 2));
  }
}

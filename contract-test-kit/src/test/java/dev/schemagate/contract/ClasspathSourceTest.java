package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A classpath folder: in a jar, as a schema catalog ships its schemas, under any folder name. */
class ClasspathSourceTest {
  private static final String ORDER_LINE = "{\"type\":\"record\",\"name\":\"OrderLine\",\"namespace\":\"com.acme.shop\","
      + "\"fields\":[{\"name\":\"sku\",\"type\":\"string\"}]}";

  @TempDir
  Path folder;

  /** A jar as Maven's jar plugin writes it: with an entry for every folder. */
  private Path jar(Map<String, String> entries) throws IOException {
    Path jar = folder.resolve("catalog.jar");
    Set<String> folders = new TreeSet<>();
    entries.keySet().forEach(path -> {
      for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        folders.add(path.substring(0, slash + 1));
      }
    });
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (String directory : folders) {
        out.putNextEntry(new JarEntry(directory));
        out.closeEntry();
      }
      for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
        out.putNextEntry(new JarEntry(entry.getKey()));
        out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void a_folder_of_any_name_inside_a_jar_is_read_with_its_history() throws IOException {
    Path jar = jar(Map.of(
        "META-INF/event-catalog/v2/OrderLine.avsc", ORDER_LINE.replace("[", "[{\"name\":\"qty\",\"type\":\"int\",\"default\":1},"),
        "META-INF/event-catalog/v2/OrderLine/1.avsc", ORDER_LINE));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      SchemaSource source = FolderSource.classpath("META-INF/event-catalog/v2", loader, "test");

      assertThat(source.description()).isEqualTo("classpath folder \"META-INF/event-catalog/v2/\"");
      assertThat(source.versions("OrderLine")).containsExactly(1, 2);
      assertThat(source.latest("OrderLine").origin())
          .isEqualTo("jar:" + jar.toUri().toURL() + "!/META-INF/event-catalog/v2/OrderLine.avsc");
    }
  }

  @Test
  void the_first_copy_of_the_folder_that_holds_a_subject_wins() throws IOException {
    Path resources = folder.resolve("resources");
    Files.createDirectories(resources.resolve("schemas"));
    Files.writeString(resources.resolve("schemas/OrderLine.avsc"), ORDER_LINE);
    Path jar = jar(Map.of(
        "schemas/OrderLine.avsc", ORDER_LINE.replace("sku", "code"),
        "schemas/OrderShipped.json", "{\"type\": \"object\"}"));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {resources.toUri().toURL(), jar.toUri().toURL()}, null)) {
      SchemaSource source = FolderSource.classpath("schemas", loader, "test");

      assertThat(source.latest("OrderLine").schema().canonicalText()).contains("sku");
      assertThat(source.latest("OrderShipped").origin()).startsWith("jar:");
    }
  }

  @Test
  void the_programmatic_form_reads_the_classpath_of_the_test() throws IOException {
    Path jar = jar(Map.of("events/OrderLine.avsc", ORDER_LINE));
    ClassLoader original = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, original)) {
      Thread.currentThread().setContextClassLoader(loader);
      EventContractsExtension contracts = EventContractsExtension.create(config -> config.classpath("events/"));

      contracts.assertThat("{\"sku\": \"TEA-001\"}").conformsTo("OrderLine");
    } finally {
      Thread.currentThread().setContextClassLoader(original);
    }
  }
}

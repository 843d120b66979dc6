package dev.schemagate.contract;

import dev.schemagate.core.catalog.SchemaFiles;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Contracts read from schema files: one folder on disk, or every copy of a folder on the classpath
 * (test resources and jars such as a schema catalog), the first copy holding a subject winning.
 */
final class FolderSource implements SchemaSource {
  private final String description;
  private final String setting;
  private final List<FileSchemas> folders;

  private FolderSource(String description, String setting, List<FileSchemas> folders) {
    this.description = description;
    this.setting = setting;
    this.folders = List.copyOf(folders);
  }

  /**
   * @param setting how the user named the folder, for errors: {@code @EventContractTest(schemas = "x")}
   */
  static FolderSource directory(Path directory, String setting) {
    Path absolute = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(absolute)) {
      throw new ExtensionConfigurationException(setting + ": the directory " + absolute + " does not exist"
          + (directory.isAbsolute() ? "" : " (a relative path starts at the working directory " + Path.of("").toAbsolutePath() + ")")
          + "; give the folder that holds the schema files.");
    }
    String shown = shown(absolute);
    return new FolderSource("directory " + shown, setting,
        List.of(new FileSchemas(SchemaFiles.directory(absolute, shown), "directory " + shown, setting)));
  }

  static FolderSource classpath(String folder, ClassLoader loader, String setting) {
    String name = folder.replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
    String description = "classpath folder \"" + name + "/\"";
    List<URL> copies;
    try {
      copies = name.isEmpty() ? List.of() : Collections.list(loader.getResources(name));
    } catch (IOException e) {
      throw new ExtensionConfigurationException(setting + ": the classpath cannot be searched for \"" + name + "/\" ("
          + e.getClass().getSimpleName() + ").");
    }
    List<FileSchemas> folders = new ArrayList<>();
    for (URL copy : copies) {
      Path root = path(copy, setting);
      if (root != null && Files.isDirectory(root)) {
        folders.add(new FileSchemas(SchemaFiles.directory(root, copy.toString().replaceAll("/+$", "")), description, setting));
      }
    }
    if (folders.isEmpty()) {
      throw new ExtensionConfigurationException(setting + ": no folder \"" + name + "/\" is on the test classpath"
          + " (looked with the class loader of the test); add the jar or resources that hold it, or fix the name.");
    }
    return new FolderSource(description, setting, folders);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<Integer> versions(String subject) {
    return folder(subject).versions(subject);
  }

  @Override
  public ContractSchema version(String subject, int version) {
    FileSchemas folder = folder(subject);
    ContractSchema found = folder.version(subject, version);
    if (found == null) {
      throw new UnknownSubjectException(setting, "Subject \"" + subject + "\" has no version " + version + " in " + description
          + "; its versions are " + folder.versions(subject).stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
          + ".");
    }
    return found;
  }

  private FileSchemas folder(String subject) {
    for (FileSchemas folder : folders) {
      if (folder.has(subject)) {
        return folder;
      }
    }
    Set<String> known = new TreeSet<>();
    folders.forEach(folder -> known.addAll(folder.subjects()));
    throw new UnknownSubjectException(setting, "No contract for subject \"" + subject + "\" in " + description + ": looked for "
        + subject + ".avsc or " + subject + ".json anywhere below it and for a history folder " + subject + "/ at its top; "
        + (known.isEmpty() ? "it holds no schema files." : "the subjects there are " + SchemaSource.listed(known) + "."));
  }

  /** A path below the working directory as it was given, any other absolute. */
  private static String shown(Path path) {
    Path workingDirectory = Path.of("").toAbsolutePath();
    return path.startsWith(workingDirectory) && !path.equals(workingDirectory)
        ? workingDirectory.relativize(path).toString().replace('\\', '/')
        : path.toString();
  }

  private static Path path(URL copy, String setting) {
    try {
      URI uri = copy.toURI();
      if (uri.getScheme().equals("file")) {
        return Path.of(uri);
      }
      if (uri.getScheme().equals("jar")) {
        String text = uri.toString();
        int separator = text.indexOf("!/");
        FileSystem jar;
        try {
          jar = FileSystems.newFileSystem(URI.create(text.substring(0, separator)), Map.of());
        } catch (FileSystemAlreadyExistsException open) {
          jar = FileSystems.getFileSystem(URI.create(text.substring(0, separator)));
        }
        return jar.getPath(text.substring(separator + 1));
      }
      return null;
    } catch (URISyntaxException | IOException | IllegalArgumentException e) {
      throw new ExtensionConfigurationException(setting + ": the classpath copy " + copy + " cannot be read ("
          + e.getClass().getSimpleName() + ").");
    }
  }
}

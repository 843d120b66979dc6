package dev.schemagate.core.gate;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.catalog.SchemaFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the history a {@code baseline} parameter names: a folder, or {@code git:<ref>}. */
public final class Baselines {
  public static final String GIT_PREFIX = "git:";

  private Baselines() {}

  /**
   * @param baseline a folder (relative to the project) or {@code git:<ref>}
   * @param basedir the project folder
   * @param schemaDirectory the local schemas' folder; a git baseline reads the same folder at the commit
   * @param current the local schemas
   */
  public static History open(String baseline, Path basedir, Path schemaDirectory, SchemaCatalog current) {
    String spec = baseline.trim();
    if (spec.startsWith(GIT_PREFIX)) {
      String ref = spec.substring(GIT_PREFIX.length()).trim();
      GitFiles files = GitFiles.open(basedir, ref, schemaDirectory);
      return new BaselineHistory(SchemaCatalog.load(files), current, GIT_PREFIX + ref);
    }
    Path folder = basedir.toAbsolutePath().resolve(spec).normalize();
    String shown = display(basedir, folder);
    if (!Files.isDirectory(folder)) {
      throw new SchemaGateException(
          "The baseline folder " + shown + " does not exist; point baseline at a folder of earlier schemas,"
              + " or write git:<ref> to compare with a commit (e.g. git:origin/main).");
    }
    boolean sameFolder = folder.equals(schemaDirectory.toAbsolutePath().normalize());
    return new BaselineHistory(SchemaCatalog.load(SchemaFiles.directory(folder, shown)), current, "baseline " + shown, sameFolder);
  }

  /** A path as messages show it: relative to the project, with {@code /}. */
  public static String display(Path basedir, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = basedir.toAbsolutePath().normalize();
    String shown = absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    return shown.isEmpty() ? "." : shown.replace(java.io.File.separatorChar, '/');
  }
}

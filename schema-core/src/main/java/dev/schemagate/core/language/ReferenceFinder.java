package dev.schemagate.core.language;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * How the schema files of one language name each other, so that a folder of files can be read
 * without a registry. The finder reads each file once into an index ({@code I}) and then says which
 * of the other files provide what a file uses.
 *
 * @param <I> what the finder keeps of one file
 */
public interface ReferenceFinder<I> {

  /** A name a file uses and the position, among the candidates, of the file that provides it. */
  record Use(String name, int provider) {}

  /**
   * What the finder keeps of the file at {@code path} ({@code /} separators) whose JSON is
   * {@code document}, null when the file is not readable JSON.
   */
  I index(String path, JsonNode document);

  /**
   * The names {@code user} uses directly, each with the candidate that provides it (earlier
   * candidates win); a name that no candidate provides is left out.
   */
  List<Use> uses(I user, List<I> candidates);

  /**
   * Whether files may use each other in a cycle. A language whose parser reads the referenced
   * documents one by one allows it (and a second name for a file already read costs nothing); one
   * whose parser needs the dependencies first does not.
   */
  boolean allowsCycles();

  /**
   * Whether a reference name is a path relative to the file that uses it, so that a downloaded
   * referenced schema goes beside that file under this name rather than at the top under its subject.
   */
  boolean isRelativePath(String referenceName);
}

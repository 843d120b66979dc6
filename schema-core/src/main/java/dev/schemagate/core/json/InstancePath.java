package dev.schemagate.core.json;


/**
 * Where in an instance the comparison is: the property names and item positions from the root,
 * with the writer's view at each level (the witness builder generates the parents from them).
 */
final class InstancePath {
  static final java.util.Set<JsonKind> OBJECT = java.util.EnumSet.of(JsonKind.OBJECT);
  static final java.util.Set<JsonKind> ARRAY = java.util.EnumSet.of(JsonKind.ARRAY);

  private final InstancePath parent;
  private final String name;
  private final int index;
  private final boolean rest;
  private final JsonView writer;
  private final int depth;
  private final String alternative;
  private final java.util.Set<JsonKind> writtenKinds;

  private InstancePath(InstancePath parent, String name, int index, boolean rest, JsonView writer, String alternative) {
    this(parent, name, index, rest, writer, alternative, null);
  }

  private InstancePath(InstancePath parent, String name, int index, boolean rest, JsonView writer, String alternative,
      java.util.Set<JsonKind> writtenKinds) {
    this.writtenKinds = writtenKinds;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.rest = rest;
    this.writer = writer;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.alternative = alternative;
  }

  static InstancePath root(JsonView writer) {
    return new InstancePath(null, null, -1, false, writer, null);
  }

  InstancePath property(String property, JsonView childWriter) {
    return new InstancePath(this, property, -1, false, childWriter, null);
  }

  /** An item position; {@code rest} when it stands for every item after the positional ones. */
  InstancePath item(int position, boolean restItem, JsonView childWriter) {
    return new InstancePath(this, null, position, restItem, childWriter, null);
  }

  /** The same place, read through another writer view (a narrower one). */
  InstancePath withWriter(JsonView view) {
    return new InstancePath(parent, name, index, rest, view, alternative);
  }

  /**
   * The same place, read through one alternative of the writer, which sentences name;
   * {@code allKinds} are the JSON types of all the writer's alternatives together.
   */
  InstancePath withAlternative(JsonView view, String which, java.util.Set<JsonKind> allKinds) {
    return new InstancePath(parent, name, index, rest, view, which, allKinds);
  }

  /** The JSON types the writer writes here, over all its alternatives. */
  java.util.Set<JsonKind> writtenKinds() {
    return writtenKinds == null ? writer.kinds() : writtenKinds;
  }

  InstancePath parent() {
    return parent;
  }

  String name() {
    return name;
  }

  int index() {
    return index;
  }

  boolean isProperty() {
    return name != null;
  }

  JsonView writer() {
    return writer;
  }

  int depth() {
    return depth;
  }

  boolean isRoot() {
    return parent == null;
  }

  /** {@code "lines[].sku"}, {@code the value} at the root, {@code the items} just below: how sentences name this place. */
  String label() {
    return alternative == null ? place() : place() + " (" + alternative + ")";
  }

  /** The label without the writer's alternative: for "... in "qty"". */
  String place() {
    return parent == null ? "the value" : parent.isRoot() && name == null ? "the items" : "\"" + dotted() + "\"";
  }

  /** {@code " of "qty""}, or nothing at the root: for "The type" + of() + " changed". */
  String of() {
    return parent == null && alternative == null ? "" : " of " + label();
  }

  private String dotted() {
    if (parent == null) {
      return "";
    }
    String before = parent.dotted();
    if (name != null) {
      return before.isEmpty() ? name : before + "." + name;
    }
    return before + (rest ? "[]" : "[" + index + "]");
  }
}

package dev.schemagate.core.json;

import dev.schemagate.core.internal.Quotes;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.WorkInterruptedException;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.Rule;
import dev.schemagate.core.compat.SchemaPair;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The walk that asks, place by place, whether the reader accepts everything the writer writes. The
 * reader is read one schema at a time (its {@code $ref} and {@code allOf} parts each must accept the
 * writer); the writer is read as a {@link JsonView}, split into one view per combination of its
 * {@code anyOf}/{@code oneOf} alternatives. Each pair of places is compared once, which also ends
 * recursive schemas; the work is bounded, and a pair past the bounds counts as a break.
 */
final class JsonComparison {
  /** Most place pairs one check compares. */
  static final int WORK_LIMIT = 20_000;
  /**
   * Most questions one check asks of its remembered answers (does this reader accept that writer,
   * are these two disjoint, ...), answered or not: at each place each writer alternative is tried
   * against each reader alternative, so a place costs more than one unit of {@link #WORK_LIMIT}.
   */
  static final int QUESTION_LIMIT = 200_000;
  /** Deepest instance nesting compared. */
  static final int DEPTH_LIMIT = 200;
  /** Most alternative combinations of the writer read at one place. */
  static final int BRANCH_LIMIT = 64;

  private final SchemaPair pair;
  private final Map<JsonNode, Boolean> refFree = new IdentityHashMap<>();
  private final PairAnswers answers = new PairAnswers();
  private final Map<JsonSite, List<JsonSite>> readerParts = new java.util.HashMap<>();
  private int work;
  private int questions;
  private boolean limited;

  JsonComparison(SchemaPair pair) {
    this.pair = pair;
  }

  /** The issues of {@link #run} that the policy let through. */
  private List<Issue> waived = List.of();

  List<Issue> waived() {
    return waived;
  }

  /** The issues of the writer against the reader: all of them when {@code explained}, else the first. */
  List<Issue> run(JsonSite reader, JsonView writer, boolean explained) {
    Sink sink = explained ? Sink.root() : Sink.verdictRoot();
    waived = sink.waived();
    compare(reader, writer, InstancePath.root(writer), sink);
    if (limited) {
      sink.add(new Issue(Rule.CHECK_LIMIT_REACHED, "",
          "The schemas are too large, too deeply nested or too entangled to compare within SchemaGate's limits ("
              + WORK_LIMIT + " places, " + DEPTH_LIMIT + " levels), so compatibility with " + pair.oldLabel()
              + " could not be proved and counts as a break; split the schema into smaller referenced parts.",
          InstancePath.root(writer), attempt -> null));
    }
    return sink.issues();
  }

  /** Compares and puts every issue into {@code out}. */
  void compare(JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    WorkInterruptedException.checkpoint();
    if (writer.isEmpty() || out.done() || !spend(path)) {
      return;
    }
    List<JsonView> branches = writer.branches(BRANCH_LIMIT);
    EnumSet<JsonKind> allKinds = EnumSet.noneOf(JsonKind.class);
    branches.forEach(branch -> allKinds.addAll(branch.kinds()));
    for (JsonView branch : branches) {
      InstancePath here = branch == writer ? path : path.withAlternative(branch, alternative(branch, writer), allKinds);
      if (ruledOut(branch, here, out)) {
        continue;
      }
      for (JsonSite part : readerParts.computeIfAbsent(reader, site -> JsonView.of(site).sites())) {
        if (out.done()) {
          return;
        }
        if (out.firstVisit(MemoKey.of(part, branch.key())) && !same(part, branch)) {
          compareOne(part, branch, here, out);
        }
      }
    }
  }

  /** How sentences name the writer's alternative a branch took: "alternative 1 of version 2's "anyOf"". */
  private String alternative(JsonView branch, JsonView writer) {
    List<String> taken = branch.choices().subList(writer.choices().size(), branch.choices().size());
    return String.join(", ", taken.stream().map(choice -> {
      int slash = choice.lastIndexOf('/');
      return "alternative " + choice.substring(slash + 1) + " of " + pair.writerLabel() + "'s " + Quotes.quote(choice.substring(0, slash));
    }).toList());
  }

  /** The issues a trial comparison finds (at most one: a probe stops at the first). */
  List<Issue> probe(JsonSite reader, JsonView writer, InstancePath path, Sink parent) {
    Sink probe = parent.probe();
    compare(reader, writer, path, probe);
    answers.end(probe, probe.issues().isEmpty());
    return probe.issues();
  }

  /** The issues a trial comparison finds, as {@link #probe}, for a caller that keeps only those at {@code path}. */
  List<Issue> probeHere(JsonSite reader, JsonView writer, InstancePath path, Sink parent) {
    Sink probe = parent.probeAt(path);
    compare(reader, writer, path, probe);
    answers.end(probe, probe.issues().isEmpty());
    return probe.issues();
  }

  /**
   * True when the writer's {@code oneOf} choices rule out all it would write here: everything the
   * view allows also matches an alternative it did not take, so it writes nothing here.
   */
  boolean ruledOut(JsonView writer, InstancePath path, Sink out) {
    if (writer.excluded().isEmpty()) {
      return false;
    }
    return answer(MemoKey.of("ruled out", writer.key()), out, true, trial -> {
      JsonView plain = writer.withoutExcluded();
      for (JsonSite other : writer.excluded()) {
        if (provedWithin(other, plain, path, trial)) {
          return true;
        }
      }
      return false;
    });
  }

  /** A proof about the writer (see {@link Disjointness}), remembered for the rest of the check like a trial's answer. */
  boolean proof(Object key, Sink out, java.util.function.Predicate<Sink> proof) {
    return answer(key, out, true, proof);
  }

  /** Counts the question as work; past the limit it is not asked, as {@link #compare} ends there, and the check says so. */
  private boolean answer(Object key, Sink out, boolean exact, java.util.function.Predicate<Sink> proof) {
    if (++questions > QUESTION_LIMIT) {
      limited = true;
      return true;
    }
    return answers.answer(key, out, exact, proof);
  }

  /**
   * True when the reader accepts everything the writer writes, as far as a probe can tell. Answers
   * that rest on nothing assumed further up are remembered for the rest of the check.
   */
  boolean accepts(JsonSite reader, JsonView writer, InstancePath path, Sink parent) {
    return accepts(reader, writer, path, parent, parent.exact());
  }

  /**
   * True when everything {@code writer} allows meets {@code schema} in the set meaning, with no
   * waiver: a proof about the writer (it meets a condition, it is ruled out), not a verdict.
   */
  boolean provedWithin(JsonSite schema, JsonView writer, InstancePath path, Sink parent) {
    return accepts(schema, writer, path, parent, true);
  }

  private boolean accepts(JsonSite reader, JsonView writer, InstancePath path, Sink parent, boolean exact) {
    return answer(MemoKey.of(reader, writer.key(), exact), parent, exact, trial -> {
      compare(reader, writer, path, trial);
      return trial.issues().isEmpty();
    });
  }

  private void compareOne(JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    TypeRules.check(this, reader, writer, path, out);
    EnumSet<JsonKind> shared = writer.kinds();
    shared.retainAll(reader.kinds());
    if (shared.isEmpty() || out.done()) {
      return;
    }
    List<Runnable> families = new java.util.ArrayList<>();
    families.add(() -> EnumRules.check(this, reader, writer, shared, path, out));
    if (shared.contains(JsonKind.STRING)) {
      families.add(() -> BoundRules.check(this, reader, writer, JsonMeasure.LENGTH, shared, path, out));
      families.add(() -> StringRules.check(this, reader, writer, path, out));
    }
    if (JsonKind.anyNumber(shared)) {
      families.add(() -> BoundRules.check(this, reader, writer, JsonMeasure.NUMBER, shared, path, out));
      families.add(() -> NumberRules.check(this, reader, writer, shared, path, out));
    }
    if (shared.contains(JsonKind.ARRAY)) {
      families.add(() -> BoundRules.check(this, reader, writer, JsonMeasure.ITEMS, shared, path, out));
      families.add(() -> ArrayRules.check(this, reader, writer, path, out));
    }
    if (shared.contains(JsonKind.OBJECT)) {
      families.add(() -> BoundRules.check(this, reader, writer, JsonMeasure.PROPERTIES, shared, path, out));
      families.add(() -> RequiredRules.check(this, reader, writer, path, out));
      families.add(() -> ObjectRules.check(this, reader, writer, path, out));
      families.add(() -> PatternPropertyRules.check(this, reader, writer, path, out));
    }
    families.add(() -> CombinatorRules.check(this, reader, writer, path, out));
    for (Runnable family : families) {
      if (out.done()) {
        return;
      }
      family.run();
    }
  }

  private boolean spend(InstancePath path) {
    if (++work > WORK_LIMIT || path.depth() > DEPTH_LIMIT) {
      limited = true;
      return false;
    }
    return true;
  }

  /** The reader is the writer's only schema, written the same way and meaning the same. */
  private boolean same(JsonSite reader, JsonView writer) {
    if (writer.sites().size() != 1 || writer.values() != null && writer.sites().get(0).values() == null) {
      return false;
    }
    JsonSite only = writer.sites().get(0);
    return only.doc().dialect() == reader.doc().dialect()
        && only.node().equals(reader.node())
        && isRefFree(reader.node());
  }

  /** The two sites are the same schema, written the same way in the same draft, so one accepts what the other does. */
  boolean sameSchema(JsonSite reader, JsonSite writer) {
    return writer.doc().dialect() == reader.doc().dialect() && writer.node().equals(reader.node()) && isRefFree(reader.node());
  }

  private boolean isRefFree(JsonNode node) {
    Boolean known = refFree.get(node);
    if (known != null) {
      return known;
    }
    boolean free = !node.has("$ref") && !node.has("$dynamicRef") && !node.has("$recursiveRef");
    for (int i = 0; free && node.isArray() && i < node.size(); i++) {
      free = isRefFree(node.get(i));
    }
    for (var field = node.properties().iterator(); free && field.hasNext(); ) {
      free = isRefFree(field.next().getValue());
    }
    refFree.put(node, free);
    return free;
  }

  // ---- for the rules

  boolean readerIsNew() {
    return pair.readerIsNew();
  }

  CompatibilityPolicy policy() {
    return pair.policy();
  }

  String oldLabel() {
    return pair.oldLabel();
  }

  String newLabel() {
    return pair.newLabel();
  }

  /** The rule for a reader narrower than its writer: named by what changed from old to new. */
  Rule rule(Rule whenReaderIsNew, Rule whenReaderIsOld) {
    return pair.readerIsNew() ? whenReaderIsNew : whenReaderIsOld;
  }

  /** Where in the new schema a keyword is, or the nearest place that still exists. */
  String pointer(JsonSite reader, JsonView writer, String keyword) {
    return pair.readerIsNew() ? reader.anchorOf(keyword) : writer.anchorOf(keyword);
  }

  /** Of the old and the new value, which is which. */
  <T> T oldOf(T readers, T writers) {
    return pair.readerIsNew() ? writers : readers;
  }

  <T> T newOf(T readers, T writers) {
    return pair.readerIsNew() ? readers : writers;
  }

  /** ", so data written with version 1 that {what} is rejected" or the same for old readers. */
  String consequence(String what) {
    return pair.readerIsNew()
        ? ", so data written with " + pair.oldLabel() + " that " + what + " is rejected"
        : ", so " + pair.oldLabel() + " rejects data written with " + pair.newLabel() + " that " + what;
  }

  /** "is a string" at the root, "holds a string in "qty"" below it. */
  static String holds(InstancePath path, String what) {
    return path.isRoot() ? "is " + what : "holds " + what + " in " + path.place();
  }

  /** "has a property ..." at the root, "has a property ... in "customer"" below it. */
  static String has(InstancePath path, String what) {
    return "has " + what + (path.isRoot() ? "" : " in " + path.place());
  }

  String readerLabel() {
    return pair.readerLabel();
  }

  String writerLabel() {
    return pair.writerLabel();
  }

  void report(Sink out, Rule rule, String pointer, String sentence, InstancePath path, IntFunction<JsonNode> local) {
    out.add(new Issue(rule, pointer, sentence, path, local));
  }

  /**
   * Reports a difference the LENIENT policy lets through (Confluent's lenient list): under LENIENT
   * it is listed as waived, not as an issue, except inside an exact probe; under STRICT it is an issue.
   */
  void reportWaivable(Sink out, Rule rule, String pointer, String sentence, InstancePath path, IntFunction<JsonNode> local) {
    Issue issue = new Issue(rule, pointer, sentence, path, local);
    if (lenient(out)) {
      out.waive(issue);
    } else {
      out.add(issue);
    }
  }

  /** True when waivable differences are let through here. */
  boolean lenient(Sink out) {
    return pair.policy() == CompatibilityPolicy.LENIENT && !out.exact();
  }

  static Set<JsonKind> kinds(JsonKind... kinds) {
    return EnumSet.of(kinds[0], kinds);
  }
}

package dev.schemagate.core.json;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where one comparison puts its issues, and which reader/writer pairs it has already compared. A
 * probe (a trial comparison, e.g. of one anyOf alternative) gets its own sink whose parent is the
 * sink it runs in: a pair being compared further up counts as compared (so recursive schemas end)
 * and a probe stops at its first issue. A pass that counted such a pair as passing rests on it: the
 * sink records the depths of the probes it relies on, so that {@link PairAnswers} knows how long
 * the pass may be remembered.
 */
final class Sink {
  private final Sink parent;
  private final boolean probe;
  private final boolean exact;
  private final boolean explains;
  private final InstancePath explainedAt;
  private final int depth;
  private final Set<Object> compared = new HashSet<>();
  private final List<Issue> issues = new ArrayList<>();
  private final List<Issue> waived;
  private final BitSet reliesOn = new BitSet();

  private Sink(Sink parent, boolean probe, boolean exact, boolean explains, InstancePath explainedAt, List<Issue> waived) {
    this.parent = parent;
    this.probe = probe;
    this.exact = exact;
    this.explains = explains;
    this.explainedAt = explainedAt;
    this.waived = waived;
    this.depth = parent == null ? 0 : parent.depth + 1;
  }

  /** The sink of a check whose issues are shown: every issue, each with what its witness is built from. */
  static Sink root() {
    return new Sink(null, false, false, true, null, new ArrayList<>());
  }

  /** The sink of a check that needs only the verdict: it stops at the first issue, and explains none. */
  static Sink verdictRoot() {
    return new Sink(null, true, false, false, null, new ArrayList<>());
  }

  /** A probe whose issue the caller may show, or build its own on. */
  Sink probe() {
    return new Sink(this, true, exact, explains, explainedAt, waived);
  }

  /** A probe whose caller shows or builds on its issue only when it is at {@code path}. */
  Sink probeAt(InstancePath path) {
    return new Sink(this, true, exact, explains(path), path, waived);
  }

  /**
   * A probe whose caller needs only whether it passes. {@code exact} when a pass proves something
   * about the writer (it writes nothing here, it never meets a condition, ...), not that the reader
   * accepts it: a policy's waivers must not make it pass.
   */
  Sink trial(boolean exact) {
    return new Sink(this, true, exact, false, null, waived);
  }

  /** True inside an exact probe: waivable differences count as issues here. */
  boolean exact() {
    return exact;
  }

  /**
   * False where no issue found at {@code path} will be shown (under a trial, in a verdict-only check,
   * or away from the place a probe was asked about): the work that only explains an issue, such as
   * finding what its witness is built from, is skipped there.
   */
  boolean explains(InstancePath path) {
    return explains && (explainedAt == null || explainedAt == path);
  }

  /**
   * Keeps a difference the policy lets through: reported beside the verdict, never in it. Every
   * sink of one check shares the list, so a waiver found in a trial comparison is listed too.
   */
  void waive(Issue issue) {
    for (Issue known : waived) {
      if (known.rule() == issue.rule() && known.pointer().equals(issue.pointer()) && known.sentence().equals(issue.sentence())) {
        return;
      }
    }
    waived.add(issue);
  }

  List<Issue> waived() {
    return waived;
  }

  /**
   * Marks a pair as compared; false when it was already, here or further up. A pair found further
   * up is being compared there and is assumed to pass, so this sink's verdict rests on that assumption.
   */
  boolean firstVisit(Object pair) {
    for (Sink sink = this; sink != null; sink = sink.parent) {
      if (sink.compared.contains(pair)) {
        if (sink != this) {
          relyOn(sink.depth);
        }
        return false;
      }
    }
    return compared.add(pair);
  }

  /** True when a pass here rests on pairs assumed to pass further up. */
  boolean assumed() {
    return !reliesOn.isEmpty();
  }

  /**
   * The depths of the enclosing probes whose pairs a pass here assumes. The root's pairs are left
   * out: they stay compared for the whole check, so what rests on them holds to its end.
   */
  BitSet reliesOn() {
    return reliesOn;
  }

  /** A pass here also rests on what a finished inner probe, or a remembered pass, rests on. */
  void relyOn(BitSet depths) {
    for (int at = depths.nextSetBit(0); at >= 0 && at < depth; at = depths.nextSetBit(at + 1)) {
      relyOn(at);
    }
  }

  private void relyOn(int enclosingDepth) {
    if (enclosingDepth > 0) {
      reliesOn.set(enclosingDepth);
    }
  }

  /** How many sinks enclose this one. */
  int depth() {
    return depth;
  }

  Sink parent() {
    return parent;
  }

  /** The enclosing sink (or this one) at a depth. */
  Sink enclosing(int at) {
    Sink sink = this;
    while (sink.depth > at) {
      sink = sink.parent;
    }
    return sink;
  }

  /** Keeps an issue unless the same rule, pointer and sentence is already here. */
  void add(Issue issue) {
    if (probe && !issues.isEmpty()) {
      return;
    }
    for (Issue known : issues) {
      if (known.rule() == issue.rule() && known.pointer().equals(issue.pointer()) && known.sentence().equals(issue.sentence())) {
        return;
      }
    }
    issues.add(issue);
  }

  /** A probe needs one issue only. */
  boolean done() {
    return probe && !issues.isEmpty();
  }

  List<Issue> issues() {
    return issues;
  }
}

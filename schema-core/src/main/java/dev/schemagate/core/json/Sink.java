package dev.schemagate.core.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where one comparison puts its issues, and which reader/writer pairs it has already compared. A
 * probe (a trial comparison, e.g. of one anyOf alternative) gets its own sink whose parent is the
 * sink it runs in: a pair being compared further up counts as compared (so recursive schemas end)
 * and a probe stops at its first issue.
 */
final class Sink {
  private final Sink parent;
  private final boolean probe;
  private final boolean exact;
  private final Set<Object> compared = new HashSet<>();
  private final List<Issue> issues = new ArrayList<>();
  private final List<Issue> waived;
  private boolean assumed;

  private Sink(Sink parent, boolean probe, boolean exact, List<Issue> waived) {
    this.parent = parent;
    this.probe = probe;
    this.exact = exact;
    this.waived = waived;
  }

  static Sink root() {
    return new Sink(null, false, false, new ArrayList<>());
  }

  Sink probe() {
    return new Sink(this, true, exact, waived);
  }

  /**
   * A probe whose pass proves something about the writer (it writes nothing here, it never meets a
   * condition, ...), not that the reader accepts it: a policy's waivers must not make it pass.
   */
  Sink exactProbe() {
    return new Sink(this, true, true, waived);
  }

  /** True inside an exact probe: waivable differences count as issues here. */
  boolean exact() {
    return exact;
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
          assumed = true;
        }
        return false;
      }
    }
    return compared.add(pair);
  }

  /** True when a pass here rests on pairs assumed to pass further up. */
  boolean assumed() {
    return assumed;
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

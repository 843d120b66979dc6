package dev.schemagate.core.json;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What one check has learnt about trial comparisons (does this reader accept that writer?), so that
 * each is run once. A failure is final. A pass that rests on nothing assumed is final too. A pass
 * inside a recursive schema usually rests on pairs that enclosing probes are still comparing and
 * assume to pass: it is kept, provisionally, for as long as the deepest of those probes runs, and
 * when that probe ends it becomes what the probe rests on (final once nothing is left), or is
 * forgotten if the probe failed. Without this, every level of a recursive {@code oneOf} compares
 * the alternatives of all the levels below it again.
 */
final class PairAnswers {
  private final Map<Object, Boolean> settled = new HashMap<>();
  private final Map<Object, Provisional> provisional = new HashMap<>();
  private final Map<Sink, List<Object>> heldBy = new IdentityHashMap<>();

  /** A pass resting on pairs of the probes at the depths {@code reliesOn}, the deepest of which is {@code holder}. */
  private record Provisional(BitSet reliesOn, Sink holder) {}

  /**
   * The answer for {@code key}: the one remembered, or else {@code proof}'s, run in a trial of its
   * own under {@code out} (so that what it assumes is known) and remembered.
   */
  boolean answer(Object key, Sink out, boolean exact, Predicate<Sink> proof) {
    Boolean known = known(key, out);
    if (known != null) {
      return known;
    }
    Sink trial = out.trial(exact);
    boolean passed = proof.test(trial);
    end(trial, passed);
    remember(key, trial, passed);
    return passed;
  }

  /**
   * A probe or trial ended: when it passed, its parent assumes what it assumed; the passes it held
   * now rest on what it rested on, or, when it failed, are forgotten (they may still hold, but were
   * proved assuming something false).
   */
  void end(Sink probe, boolean passed) {
    ended(probe, passed);
    if (passed) {
      probe.parent().relyOn(probe.reliesOn());
    }
  }

  /**
   * The answer known for {@code key}, or null. A provisional pass is only found while its holder
   * runs, so {@code asker} is the holder or inside it, and comes to rest on the same probes.
   */
  private Boolean known(Object key, Sink asker) {
    Boolean answer = settled.get(key);
    if (answer != null) {
      return answer;
    }
    Provisional pass = provisional.get(key);
    if (pass == null) {
      return null;
    }
    asker.relyOn(pass.reliesOn());
    return Boolean.TRUE;
  }

  private void remember(Object key, Sink probe, boolean passed) {
    if (!passed || probe.reliesOn().isEmpty()) {
      settled.put(key, passed);
    } else {
      hold(key, (BitSet) probe.reliesOn().clone(), probe);
    }
  }

  private void ended(Sink probe, boolean passed) {
    List<Object> held = heldBy.remove(probe);
    if (held == null) {
      return;
    }
    for (Object key : held) {
      Provisional pass = provisional.remove(key);
      if (!passed || pass == null) {
        continue;
      }
      BitSet reliesOn = pass.reliesOn();
      reliesOn.clear(probe.depth());
      reliesOn.or(probe.reliesOn());
      if (reliesOn.isEmpty()) {
        settled.putIfAbsent(key, Boolean.TRUE);
      } else {
        hold(key, reliesOn, probe);
      }
    }
  }

  /** Files the pass under the deepest enclosing probe it rests on, found from {@code below}. */
  private void hold(Object key, BitSet reliesOn, Sink below) {
    Sink holder = below.enclosing(reliesOn.length() - 1);
    provisional.put(key, new Provisional(reliesOn, holder));
    heldBy.computeIfAbsent(holder, sink -> new ArrayList<>()).add(key);
  }
}

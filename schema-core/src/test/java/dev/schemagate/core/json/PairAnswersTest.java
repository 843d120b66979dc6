package dev.schemagate.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The answers a check remembers, driven the way a comparison drives them: a probe compares a pair,
 * and a trial inside it passes only because it meets that pair again and assumes it passes.
 */
class PairAnswersTest {
  private static final String OUTER_PAIR = "the pair the outer probe compares";

  private final PairAnswers answers = new PairAnswers();
  private final AtomicInteger runs = new AtomicInteger();
  private Sink root;
  private Sink outer;

  /** Passes by assuming the outer probe's pair, as a recursive schema's inner comparison does. */
  private final Predicate<Sink> passesByAssumingTheOuterPair = trial -> {
    runs.incrementAndGet();
    assertThat(trial.firstVisit(OUTER_PAIR)).isFalse();
    return true;
  };

  @BeforeEach
  void an_outer_probe_compares_a_pair() {
    root = Sink.root();
    outer = root.probe();
    assertThat(outer.firstVisit(OUTER_PAIR)).isTrue();
  }

  @Test
  void a_pass_that_assumes_an_enclosing_pair_is_reused_while_that_probe_runs_and_passes_the_assumption_on() {
    assertThat(answers.answer("inner", outer, false, passesByAssumingTheOuterPair)).isTrue();
    Sink sibling = outer.probe();

    assertThat(answers.answer("inner", sibling, false, passesByAssumingTheOuterPair)).isTrue();

    assertThat(runs).hasValue(1);
    assertThat(sibling.reliesOn().stream().toArray()).containsExactly(outer.depth());
  }

  @Test
  void a_pass_that_assumed_a_pair_of_a_probe_that_failed_is_forgotten() {
    answers.answer("inner", outer, false, passesByAssumingTheOuterPair);

    answers.end(outer, false);
    Sink elsewhere = root.probe();
    answers.answer("inner", elsewhere, false, trial -> {
      runs.incrementAndGet();
      return false;
    });

    assertThat(runs).hasValue(2);
    assertThat(answers.answer("inner", root.probe(), false, passesByAssumingTheOuterPair)).isFalse();
    assertThat(runs).hasValue(2);
  }

  @Test
  void a_pass_that_assumed_a_pair_of_a_probe_that_passed_becomes_final() {
    answers.answer("inner", outer, false, passesByAssumingTheOuterPair);

    answers.end(outer, true);

    assertThat(outer.reliesOn().isEmpty()).isTrue();
    Sink elsewhere = root.probe();
    assertThat(answers.answer("inner", elsewhere, false, passesByAssumingTheOuterPair)).isTrue();
    assertThat(runs).hasValue(1);
    assertThat(elsewhere.assumed()).isFalse();
  }

  @Test
  void a_pass_resting_on_two_enclosing_probes_waits_for_both() {
    Sink middle = outer.probe();
    assertThat(middle.firstVisit("the middle pair")).isTrue();
    Predicate<Sink> assumesBoth = trial -> {
      runs.incrementAndGet();
      trial.firstVisit(OUTER_PAIR);
      trial.firstVisit("the middle pair");
      return true;
    };
    answers.answer("inner", middle, false, assumesBoth);

    answers.end(middle, true);
    assertThat(answers.answer("inner", outer.probe(), false, assumesBoth)).isTrue();
    answers.end(outer, false);

    assertThat(runs).hasValue(1);
    assertThat(answers.answer("inner", root.probe(), false, trial -> {
      runs.incrementAndGet();
      return false;
    })).isFalse();
    assertThat(runs).hasValue(2);
  }

  @Test
  void a_failure_is_final_whatever_it_was_asked_under() {
    Predicate<Sink> fails = trial -> {
      runs.incrementAndGet();
      trial.firstVisit(OUTER_PAIR);
      return false;
    };
    assertThat(answers.answer("inner", outer, false, fails)).isFalse();

    answers.end(outer, false);

    assertThat(answers.answer("inner", root.probe(), false, passesByAssumingTheOuterPair)).isFalse();
    assertThat(runs).hasValue(1);
  }
}

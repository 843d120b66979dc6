package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.compat.Rule;
import java.util.function.IntFunction;

/**
 * One incompatibility found by a rule, before its witness is searched: the rule, the pointer into
 * the new schema, the sentence, and how to build candidate witnesses ({@code local} gives the
 * value to place at {@code path} for attempt 0, 1, ...; null when it has no more).
 */
record Issue(Rule rule, String pointer, String sentence, InstancePath path, IntFunction<JsonNode> local) {}

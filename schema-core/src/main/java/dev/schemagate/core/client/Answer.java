package dev.schemagate.core.client;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful answer's JSON, with what was asked and where, for errors about its content. */
record Answer(JsonNode json, int status, String action, String url) {

  /** The answer is JSON, but not the JSON the API defines. */
  RegistryClientException malformed(String what) {
    return new RegistryClientException(
        "Could not " + action + ": the registry at " + url + " answered with JSON that " + what
            + "; check that the URL points at a schema registry.",
        status, 0, "", url, null);
  }

  /** The answer is well formed but names something SchemaGate cannot use. */
  RegistryClientException unusable(String what) {
    return new RegistryClientException("Could not " + action + ": the registry at " + url + " answered with " + what + ".",
        status, 0, "", url, null);
  }
}

package dev.schemagate.core.client;

import dev.schemagate.core.internal.Quotes;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Talks to a registry that speaks the Confluent Schema Registry REST API. Thread-safe; every call is
 * one or more blocking HTTP requests. Failures are {@link RegistryClientException}s whose messages
 * name what failed and the URL, never the credentials.
 *
 * <pre>{@code
 * RegistryClient registry = RegistryClient.create(config -> config
 *     .url("https://registry.example.com")
 *     .basicAuth(user, password));
 * List<VersionedSchema> history = registry.history("OrderPlaced");
 * }</pre>
 */
public final class RegistryClient {
  private final RegistryHttp http;
  private final String authKind;

  private RegistryClient(RegistryClientConfig config) {
    this.http = config.transport();
    this.authKind = config.authKind();
  }

  public static RegistryClient create(Consumer<RegistryClientConfig> configure) {
    RegistryClientConfig config = new RegistryClientConfig();
    configure.accept(config);
    return new RegistryClient(config);
  }

  /** The registry's base URL, without credentials. */
  public String url() {
    return http.baseUrl();
  }

  /** Every subject with at least one live version, as the registry orders them. */
  public List<String> subjects() {
    return RegistryJson.texts(get("/subjects", "list subjects"));
  }

  /** The subject's version numbers, oldest first. */
  public List<Integer> versions(String subject) {
    return RegistryJson.integers(get(subjectPath(subject) + "/versions", "list the versions of subject " + Quotes.quote(subject)));
  }

  public SubjectVersion version(String subject, int version) {
    return version(subject, Integer.toString(version));
  }

  public SubjectVersion latest(String subject) {
    return version(subject, "latest");
  }

  /**
   * One version of the subject.
   *
   * @param version a version number, or {@code latest}
   */
  public SubjectVersion version(String subject, String version) {
    String checked = checkedVersion(version);
    String action = "get " + (checked.equals("latest") ? "the latest version" : "version " + checked) + " of subject " + Quotes.quote(subject);
    return RegistryJson.subjectVersion(get(subjectPath(subject) + "/versions/" + checked, action));
  }

  /** The schema with this global id. */
  public RegisteredSchema schemaById(int id) {
    Answer answer = get("/schemas/ids/" + id, "get the schema with id " + id);
    RegisteredSchema schema = RegistryJson.registeredSchema(answer);
    return new RegisteredSchema(id, schema.type(), schema.text(), schema.references());
  }

  /**
   * The texts of the schemas {@code references} name, and of the schemas those use, by reference
   * name with dependencies before dependents: what {@link SchemaParser#parse(SchemaType, String,
   * List, Map)} needs.
   */
  public Map<String, String> resolveReferences(List<SchemaReference> references) {
    return new ReferenceResolver(this).resolve(references);
  }

  /** Parses a registered schema, fetching what it references. */
  public ParsedSchema parse(RegisteredSchema schema) {
    return SchemaParser.parse(schema.type(), schema.text(), schema.references(), resolveReferences(schema.references()));
  }

  /**
   * Every version of the subject, parsed, oldest first: the history a compatibility check needs.
   *
   * @throws RegistryClientException {@link RegistryClientException#isSubjectNotFound()} when the
   *     registry does not know the subject
   */
  public List<VersionedSchema> history(String subject) {
    List<VersionedSchema> history = new ArrayList<>();
    for (int number : versions(subject)) {
      SubjectVersion version = version(subject, number);
      try {
        history.add(new VersionedSchema(number, parse(version.schema())));
      } catch (InvalidSchemaException e) {
        throw new SchemaGateException(
            "Version " + number + " of subject " + Quotes.quote(subject) + " in the registry at " + url()
                + " cannot be parsed: " + e.getMessage(), e);
      }
    }
    return history;
  }

  /**
   * The level that applies to the subject: its own, or else the global one. A subject whose own
   * settings name no level (only a policy, say) has the global level too.
   */
  public CompatibilityLevel compatibility(String subject) {
    Answer config = get(configPath(subject) + "?defaultToGlobal=true", "get the compatibility level of subject " + Quotes.quote(subject));
    return RegistryJson.levelIfAny(config).orElseGet(this::globalCompatibility);
  }

  /** The subject's own level; empty when it has none and the global level applies. */
  public Optional<CompatibilityLevel> subjectCompatibility(String subject) {
    try {
      return RegistryJson.levelIfAny(get(configPath(subject), "get the compatibility level of subject " + Quotes.quote(subject)));
    } catch (RegistryClientException e) {
      if (e.errorCode() == RegistryClientException.SUBJECT_LEVEL_NOT_CONFIGURED || e.isSubjectNotFound()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  public CompatibilityLevel globalCompatibility() {
    return RegistryJson.level(get("/config", "get the global compatibility level"));
  }

  /** Sets the subject's own level; answers the level the registry now holds. */
  public CompatibilityLevel setCompatibility(String subject, CompatibilityLevel level) {
    return RegistryJson.level(
        http.send("PUT", configPath(subject), RegistryJson.compatibilityRequest(level),
            "set the compatibility level of subject " + Quotes.quote(subject) + " to " + level));
  }

  public CompatibilityLevel setGlobalCompatibility(CompatibilityLevel level) {
    return RegistryJson.level(
        http.send("PUT", "/config", RegistryJson.compatibilityRequest(level), "set the global compatibility level to " + level));
  }

  /**
   * The JSON Schema policy that applies to the subject ({@code compatibilityPolicy}): its own, or
   * else the global one; empty when the registry keeps none, as Confluent registries do.
   */
  public Optional<CompatibilityPolicy> compatibilityPolicy(String subject) {
    Answer config = get(configPath(subject) + "?defaultToGlobal=true", "get the compatibility policy of subject " + Quotes.quote(subject));
    return RegistryJson.policyIfAny(config).or(this::globalCompatibilityPolicy);
  }

  /** The registry's global JSON Schema policy; empty when it keeps none. */
  public Optional<CompatibilityPolicy> globalCompatibilityPolicy() {
    return RegistryJson.policyIfAny(get("/config", "get the global compatibility policy"));
  }

  /**
   * Sets the subject's own JSON Schema policy; answers the policy the registry now holds.
   *
   * @throws RegistryClientException when the registry keeps no policies (its answer names none)
   */
  public CompatibilityPolicy setCompatibilityPolicy(String subject, CompatibilityPolicy policy) {
    return setPolicy(configPath(subject), policy, "set the compatibility policy of subject " + Quotes.quote(subject) + " to " + policy);
  }

  public CompatibilityPolicy setGlobalCompatibilityPolicy(CompatibilityPolicy policy) {
    return setPolicy("/config", policy, "set the global compatibility policy to " + policy);
  }

  private CompatibilityPolicy setPolicy(String path, CompatibilityPolicy policy, String action) {
    Answer answer = http.send("PUT", path, RegistryJson.policyRequest(policy), action);
    return RegistryJson.policyIfAny(answer).orElseThrow(() -> answer.unusable(
        "settings that name no \"compatibilityPolicy\", so it keeps no JSON Schema policy; set the policy in the build instead"));
  }

  /**
   * Registers the schema under the subject and answers its global id. Registering a schema the
   * subject already has answers the existing id and adds no version.
   */
  public int register(String subject, SchemaType type, String text, List<SchemaReference> references) {
    Answer answer =
        http.send("POST", subjectPath(subject) + "/versions", RegistryJson.schemaRequest(type, text, references),
            "register a schema under subject " + Quotes.quote(subject));
    return RegistryJson.integer(answer, answer.json(), "id");
  }

  /** The version of the subject that holds this schema; empty when the subject or the schema is unknown. */
  public Optional<SubjectVersion> lookup(String subject, SchemaType type, String text, List<SchemaReference> references) {
    try {
      Answer answer =
          http.send("POST", subjectPath(subject), RegistryJson.schemaRequest(type, text, references),
              "look up a schema under subject " + Quotes.quote(subject));
      return Optional.of(RegistryJson.subjectVersion(answer));
    } catch (RegistryClientException e) {
      if (e.isSubjectNotFound() || e.isSchemaNotFound()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Asks the registry whether the schema may become the subject's next version.
   *
   * @param version the version to compare with ({@code latest} or a number), or null for the
   *     versions the subject's level implies
   * @param verbose ask for the registry's reasons
   */
  public CompatibilityResult testCompatibility(
      String subject, SchemaType type, String text, List<SchemaReference> references, String version, boolean verbose) {
    String path = "/compatibility" + subjectPath(subject) + "/versions"
        + (version == null ? "" : "/" + checkedVersion(version)) + (verbose ? "?verbose=true" : "");
    Answer answer =
        http.send("POST", path, RegistryJson.schemaRequest(type, text, references),
            "test the compatibility of a schema with subject " + Quotes.quote(subject));
    List<String> messages = new ArrayList<>();
    for (JsonNode message : answer.json().path("messages")) {
      messages.add(message.isTextual() ? message.asText() : message.toString());
    }
    return new CompatibilityResult(RegistryJson.bool(answer, answer.json(), "is_compatible"), messages);
  }

  /**
   * Sends one request to an endpoint this client has no method for (a migration reads and writes
   * most of them) and answers the JSON of the successful answer.
   *
   * @param path the path and query below the base URL, each segment encoded with {@link #pathSegment}
   * @param body the JSON body, or null for none
   * @param action what is attempted, completing "Could not ..." in the message of a failure
   * @throws RegistryClientException when the registry answers with an error or cannot be reached
   */
  public JsonNode send(String method, String path, JsonNode body, String action) {
    return http.send(method, path, body, action).json();
  }

  /** Percent-encodes one path segment, such as a subject name, for {@link #send}. */
  public static String pathSegment(String segment) {
    return UrlSegments.encode(segment);
  }

  private Answer get(String path, String action) {
    return http.send("GET", path, null, action);
  }

  private static String subjectPath(String subject) {
    return "/subjects/" + UrlSegments.encode(subject);
  }

  private static String configPath(String subject) {
    return "/config/" + UrlSegments.encode(subject);
  }

  private static String checkedVersion(String version) {
    String trimmed = version == null ? "" : version.trim();
    if (trimmed.equalsIgnoreCase("latest") || trimmed.equals("-1")) {
      return "latest";
    }
    if (trimmed.matches("[1-9][0-9]{0,9}")) {
      return trimmed;
    }
    throw new SchemaGateException(
        "The version \"" + version + "\" is neither a version number nor \"latest\"; name a version such as 3 or \"latest\".");
  }


  @Override
  public String toString() {
    return "RegistryClient(" + url() + ", " + authKind + ")";
  }
}

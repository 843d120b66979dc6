package dev.schemagate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.validate.InstanceProblem;
import dev.schemagate.core.validate.InstanceValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link EventContracts} behind the extension. Views made by the {@code with...} methods share the source and caches. */
final class DefaultEventContracts implements EventContracts {
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();

  private final SchemaSource source;
  private final Map<ContractSchema, InstanceValidator> validators;
  private final ObjectMapper mapper;
  private ObjectMapper avroMapper;
  private final SubjectNaming naming;
  private final Envelope envelope;
  private final EventSamples samples;

  DefaultEventContracts(SchemaSource source, ObjectMapper mapper, SubjectNaming naming, Envelope envelope, long seed) {
    this(source, new ConcurrentHashMap<>(), mapper, naming, envelope, seed);
  }

  private DefaultEventContracts(SchemaSource source, Map<ContractSchema, InstanceValidator> validators, ObjectMapper mapper,
      SubjectNaming naming, Envelope envelope, long seed) {
    this.source = source;
    this.validators = validators;
    this.mapper = mapper;
    this.naming = naming;
    this.envelope = envelope;
    this.samples = new EventSamples(mapper, seed);
  }

  @Override
  public EventAssert assertThat(Object event) {
    return new EventAssert(this, event);
  }

  @Override
  public CapturedEvents capture() {
    return new CapturedEvents(this, naming);
  }

  @Override
  public CapturedEvents capture(SubjectNaming naming) {
    return new CapturedEvents(this, Objects.requireNonNull(naming, "naming"));
  }

  @Override
  public void assertReaderCanRead(String readerSchema, String subject) {
    SchemaType type = schema(subject).schema().type();
    ParsedSchema reader;
    try {
      reader = SchemaParser.parse(type, readerSchema);
    } catch (InvalidSchemaException invalid) {
      throw ContractViolation.forInvalidReader(subject, type.name(), invalid);
    }
    assertReaderCanRead(reader, subject);
  }

  @Override
  public void assertReaderCanRead(org.apache.avro.Schema readerSchema, String subject) {
    assertReaderCanRead(readerSchema.toString(), subject);
  }

  @Override
  public void assertReaderCanRead(ParsedSchema readerSchema, String subject) {
    List<VersionedSchema> history = new ArrayList<>();
    for (int version : versions(subject)) {
      history.add(new VersionedSchema(version, schema(subject, version).schema()));
    }
    CompatibilityReport report = CHECKER.check(readerSchema, history, CompatibilityLevel.BACKWARD_TRANSITIVE);
    if (!report.isCompatible()) {
      throw ContractViolation.forReader(subject, source.description(), report.incompatibilities());
    }
  }

  @Override
  public SampleEvent sample(String subject) {
    return samples.sample(schema(subject));
  }

  @Override
  public List<SampleEvent> samples(String subject, int count) {
    return samples.samples(schema(subject), count);
  }

  @Override
  public ContractSchema schema(String subject) {
    return source.latest(subject);
  }

  @Override
  public ContractSchema schema(String subject, int version) {
    return source.version(subject, version);
  }

  @Override
  public List<Integer> versions(String subject) {
    return source.versions(subject);
  }

  @Override
  public EventContracts requireEnvelope() {
    return requireEnvelope(Envelope.standard());
  }

  @Override
  public EventContracts requireEnvelope(Envelope envelope) {
    return new DefaultEventContracts(source, validators, mapper, naming, Objects.requireNonNull(envelope, "envelope"), samples.seed());
  }

  @Override
  public EventContracts withObjectMapper(ObjectMapper mapper) {
    return new DefaultEventContracts(source, validators, Objects.requireNonNull(mapper, "mapper"), naming, envelope, samples.seed());
  }

  /** Fails with every problem of the event against the contract. */
  void check(Object event, ContractSchema contract) {
    List<ContractProblem> problems = problems(event, contract);
    if (!problems.isEmpty()) {
      throw ContractViolation.forEvent(EventJson.describe(event), contract, source.description(), problems);
    }
  }

  /** Fails with every problem of every captured event, each against the latest version of its subject. */
  void checkAll(List<CapturedEvents.Captured> captured, SubjectNaming naming) {
    if (captured.isEmpty()) {
      throw ContractViolation.forNoCapturedEvents();
    }
    List<ContractViolation.CapturedFailure> failures = new ArrayList<>();
    for (int i = 0; i < captured.size(); i++) {
      Object event = captured.get(i).event();
      String subject = captured.get(i).subject();
      List<ContractProblem> problems;
      try {
        subject = subject != null ? subject : subjectOf(event, naming);
        problems = problems(event, source.latest(subject));
      } catch (UnnamedEvent unnamed) {
        problems = List.of(new ContractProblem("(no subject)", 0, "", unnamed.getMessage()));
      } catch (UnknownSubjectException unknown) {
        problems = List.of(new ContractProblem(subject, 0, "", unknown.sentence()));
      }
      if (!problems.isEmpty()) {
        failures.add(new ContractViolation.CapturedFailure(i + 1, EventJson.describe(event), problems));
      }
    }
    if (!failures.isEmpty()) {
      throw ContractViolation.forCapturedEvents(captured.size(), failures, source.description());
    }
  }

  private List<ContractProblem> problems(Object event, ContractSchema contract) {
    if (event == null) {
      return List.of(problem(contract, "", "The event is null, so it carries nothing; the producer must publish an event."));
    }
    JsonNode json;
    try {
      json = EventJson.of(event, contract.schema().type() == SchemaType.AVRO ? avroMapper() : mapper);
    } catch (EventJson.NotReadable unreadable) {
      return List.of(problem(contract, "", unreadable.getMessage()));
    }
    List<ContractProblem> problems = new ArrayList<>();
    InstanceValidator validator = validators.computeIfAbsent(contract, DefaultEventContracts::validator);
    for (InstanceProblem found : validator.validate(json)) {
      problems.add(problem(contract, found.path(), found.message()));
    }
    if (envelope != null) {
      for (InstanceProblem found : EnvelopeCheck.problems(json, envelope)) {
        problems.add(problem(contract, found.path(), found.message()));
      }
    }
    return problems;
  }

  /** The producer's mapper as an Avro contract needs it; made on first use. */
  private synchronized ObjectMapper avroMapper() {
    if (avroMapper == null) {
      avroMapper = EventJson.forAvro(mapper);
    }
    return avroMapper;
  }

  private static InstanceValidator validator(ContractSchema contract) {
    try {
      return InstanceValidator.of(contract.schema());
    } catch (SchemaGateException unsupported) {
      throw new UnsupportedOperationException("Version " + contract.version() + " of \"" + contract.subject() + "\" from "
          + contract.origin() + " cannot check events: " + unsupported.getMessage());
    }
  }

  private static ContractProblem problem(ContractSchema contract, String path, String message) {
    return new ContractProblem(contract.subject(), contract.version(), path, message);
  }

  /** An event whose subject the naming cannot tell. */
  private static final class UnnamedEvent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnnamedEvent(String message) {
      super(message, null, false, false);
    }
  }

  private String subjectOf(Object event, SubjectNaming naming) {
    if (event == null) {
      throw new UnnamedEvent("The event is null, so it has no subject; the producer must publish an event.");
    }
    String subject;
    try {
      subject = naming instanceof FieldNaming field ? field.subjectOf(event, mapper) : naming.subjectOf(event);
    } catch (RuntimeException failed) {
      throw new UnnamedEvent(naming instanceof FieldNaming || naming instanceof TypeNaming ? failed.getMessage()
          : "The subject naming failed on this event (" + failed + "); fix it, or capture the event with publish(subject, event).");
    }
    if (subject == null || subject.isBlank()) {
      throw new UnnamedEvent("The subject naming gave no subject for this event; capture it with publish(subject, event)"
          + " or use another SubjectNaming.");
    }
    return subject;
  }
}

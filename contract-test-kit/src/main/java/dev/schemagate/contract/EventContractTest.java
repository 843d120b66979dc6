package dev.schemagate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a test class a contract test: its test methods, constructors and lifecycle methods may take
 * an {@link EventContracts} parameter, backed by exactly one schema source.
 *
 * <pre>{@code
 * @EventContractTest(schemas = "src/main/schemas")
 * class OrderServiceContractTest {
 *   @Test
 *   void order_placed_matches_contract(EventContracts contracts) {
 *     contracts.assertThat(orderService.place(cart)).conformsTo("OrderPlaced");
 *   }
 * }
 * }</pre>
 *
 * <p>Every text attribute may hold {@code ${NAME}} placeholders, replaced by the system property or
 * else the environment variable of that name, so that credentials stay out of the source. A wrong
 * configuration (no source or two, a missing folder, an unset placeholder) fails the class with an
 * {@link org.junit.jupiter.api.extension.ExtensionConfigurationException} that names the attribute.
 * For configuration in code, register {@link EventContractsExtension#create} instead.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(EventContractsExtension.class)
public @interface EventContractTest {

  /**
   * A folder of schema files, relative to the working directory (the module's folder under Maven):
   * {@code <Subject>.avsc} (Avro) or {@code <Subject>.json} (JSON Schema) anywhere below it, earlier
   * versions as {@code <Subject>/1.avsc}, {@code <Subject>/2.avsc}, ...
   */
  String schemas() default "";

  /** A folder on the test classpath laid out like {@link #schemas()}, e.g. a schema catalog's jar. */
  String classpath() default "";

  /** The base URL of a registry speaking the Confluent Schema Registry API. */
  String registryUrl() default "";

  /** User for basic auth with the registry; use a placeholder such as {@code ${REGISTRY_USER}}. */
  String registryUser() default "";

  /** Password for basic auth with the registry; use a placeholder such as {@code ${REGISTRY_PASSWORD}}. */
  String registryPassword() default "";

  /** Bearer token for the registry; use a placeholder such as {@code ${REGISTRY_TOKEN}}. */
  String registryToken() default "";

  /**
   * CA certificates (PEM) or a PKCS#12/JKS trust store to trust for an https registry whose
   * certificate a private CA signed; a path, or a placeholder such as {@code ${REGISTRY_CA}}.
   */
  String registryCaFile() default "";

  /** Also check every event for the standard {@link Envelope} fields. */
  boolean requireEnvelope() default false;
}

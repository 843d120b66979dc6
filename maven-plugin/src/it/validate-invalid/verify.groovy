import dev.schemagate.maven.it.BuildLog
import groovy.json.JsonSlurper

def log = BuildLog.of(basedir)

// every bad file and every problem in it, located by pointer or by line and column; the good file passes
log.has([
    '[INFO] Validating 4 schema files in src/main/schemas',
    '[ERROR] CustomerRegistered (src/main/schemas/CustomerRegistered.json): invalid JSON schema, 1 problem',
    "[ERROR] src/main/schemas/CustomerRegistered.json:5:3: The schema is not valid JSON: unexpected character '}': was expecting double-quote to start field name.",
    '[ERROR] OrderPlaced (src/main/schemas/OrderPlaced.avsc): invalid AVRO schema, 1 problem',
    '[ERROR] src/main/schemas/OrderPlaced.avsc#/fields/1/type: The type "com.acme.shared.Money" is not defined; define it in this schema or add a reference to the schema that defines it.',
    '[INFO] ShipmentSent (src/main/schemas/ShipmentSent.avsc): valid AVRO schema',
    '[ERROR] UserRenamed (src/main/schemas/UserRenamed.json): invalid JSON schema, 2 problems',
    '[ERROR] src/main/schemas/UserRenamed.json#/properties/userId/minLength: "minLength" at /properties/userId must be a non-negative integer, but it is the string "three".',
    '[ERROR] src/main/schemas/UserRenamed.json#/properties/name/$ref: "$ref" "#/definitions/missing" points at nothing: it is not a location in this document and not the name of one of the schema\'s references; fix the pointer or add the reference.',
])
assert log.failure() == 'SchemaGate validate failed: 3 of 4 schema files are invalid' +
    ' (src/main/schemas/CustomerRegistered.json, src/main/schemas/OrderPlaced.avsc, src/main/schemas/UserRenamed.json).' +
    ' Fix each problem listed above. Reports: target/schemagate.'

def json = new JsonSlurper().parse(new File(basedir, 'target/schemagate/validate.json'))
assert json.summary == [subjects: 4, failed: 3, problems: 4]
def notJson = json.subjects.find { it.subject == 'CustomerRegistered' }.problems[0]
assert notJson.line == 5 && notJson.column == 3

// the command line finds the same
dev.schemagate.maven.it.SameFindings.assertSame(basedir, cliJar, 1, 'validate')

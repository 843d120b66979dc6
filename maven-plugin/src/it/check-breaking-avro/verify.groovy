import dev.schemagate.maven.it.BuildLog
import groovy.json.JsonSlurper

// build.log holds both invocations: the failing check, then the same build with -Dschemagate.skip=true
def log = BuildLog.of(basedir)
assert log.runs() == 2

def problems = [
    '[ERROR] OrderPlaced (src/main/schemas/OrderPlaced.avsc): incompatible with versions 1 and 2 at BACKWARD_TRANSITIVE, 3 problems',
    '[ERROR] src/main/schemas/OrderPlaced.avsc#/fields/1/type: Field "quantity" changed type from "int" to "string", which Avro cannot convert, so events written with version 2 cannot be read; keep "int" or change it to "long", "float" or "double". [TYPE_MISMATCH] (vs version 2)',
    '[ERROR] src/main/schemas/OrderPlaced.avsc#/fields/1/type: Field "quantity" changed type from "int" to "string", which Avro cannot convert, so events written with version 1 cannot be read; keep "int" or change it to "long", "float" or "double". [TYPE_MISMATCH] (vs version 1)',
    '[ERROR] src/main/schemas/OrderPlaced.avsc#/fields/2: Field "currency" is new and has no default, so events written with version 1 cannot be read; add a default. [READER_FIELD_MISSING_DEFAULT_VALUE] (vs version 1)',
    '[ERROR] PaymentFailed (src/main/schemas/PaymentFailed.avsc): incompatible with version 1 at BACKWARD_TRANSITIVE, 1 problem',
    '[ERROR] src/main/schemas/PaymentFailed.avsc#/fields/1/type/symbols: Enum "com.acme.payments.Reason" no longer has the symbol "FRAUD", which version 1 may write, so events written with version 1 that hold it cannot be read; keep it or give the enum a default. [MISSING_ENUM_SYMBOLS] (vs version 1)',
]
// the subject lines and problem lines in order, each problem with the witness beneath it: an event
// the old version writes that the new schema cannot read
def failed = log.run(1)
def witnessPrefix = '[ERROR]     witness: '
def start = failed.indexOf(problems[0])
assert start >= 0
def block = failed.subList(start, start + problems.size() + 4)
assert block.findAll { !it.startsWith(witnessPrefix) } == problems
def witnesses = [:]
block.eachWithIndex { line, i ->
    if (line.startsWith('[ERROR] src/')) {
        assert block[i + 1].startsWith(witnessPrefix)
        witnesses[line] = new JsonSlurper().parseText(block[i + 1].substring(witnessPrefix.length()))
    }
}
def v2Quantity = witnesses[problems[1]]
assert v2Quantity.keySet() == ['orderId', 'quantity', 'currency'] as Set && v2Quantity.quantity instanceof Integer
assert witnesses[problems[3]].keySet() == ['orderId', 'quantity'] as Set
assert witnesses[problems[5]].reason == 'FRAUD'
assert failed.contains('[INFO] ShipmentSent (src/main/schemas/ShipmentSent.avsc): new subject, no earlier version in baseline src/baseline')

// one failure, after everything was checked, with the count and a hint
assert log.failure(1) == 'SchemaGate check failed: 4 problems in 2 of 3 subjects (OrderPlaced, PaymentFailed).' +
    " Fix each as its line above says; if a break is intended, publish the schema under a new subject or lower the subject's compatibility level." +
    ' Reports: target/schemagate.'

def json = new JsonSlurper().parse(new File(basedir, 'target/schemagate/check.json'))
assert json.passed == false
assert json.summary == [subjects: 3, failed: 2, problems: 4]
def missingDefault = json.subjects.find { it.subject == 'OrderPlaced' }.problems.find { it.rule == 'READER_FIELD_MISSING_DEFAULT_VALUE' }
assert missingDefault.file == 'src/main/schemas/OrderPlaced.avsc'
assert missingDefault.pointer == '/fields/2'
assert missingDefault.oldVersion == 1
assert missingDefault.witness.keySet() == ['orderId', 'quantity'] as Set
def markdown = new File(basedir, 'target/schemagate/check.md').text
assert markdown.startsWith('### SchemaGate check: 2 of 3 subjects failed')
assert markdown.contains('- `src/main/schemas/PaymentFailed.avsc#/fields/1/type/symbols` **MISSING_ENUM_SYMBOLS** (vs version 1): Enum "com.acme.payments.Reason" no longer has the symbol "FRAUD"')
assert markdown.contains('  witness: `{"orderId":')

assert log.run(2).contains('[INFO] Skipping SchemaGate check (schemagate.skip).')
assert log.run(2).contains('[INFO] BUILD SUCCESS')

// the command line finds the same, with the options that mean what the pom configures
dev.schemagate.maven.it.SameFindings.assertSame(basedir, cliJar, 1, 'check', '--baseline', 'src/baseline', '--compatibility', 'BACKWARD_TRANSITIVE')

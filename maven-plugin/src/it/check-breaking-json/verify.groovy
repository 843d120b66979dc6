import dev.schemagate.maven.it.BuildLog
import groovy.json.JsonSlurper

def log = BuildLog.of(basedir)

// the subject, the property and the rule of each break, each with the old event the new schema rejects
log.has([
    '[INFO] Checking 2 schema files in src/main/schemas against baseline src/baseline (from the plugin\'s <baseline>)',
    '[ERROR] CustomerRegistered (src/main/schemas/CustomerRegistered.json): incompatible with version 1 at BACKWARD, 2 problems',
    '[ERROR] src/main/schemas/CustomerRegistered.json#/properties/email/type: The type of "email" changed from "string" to "integer", so data written with version 1 that holds a string in "email" is rejected; keep accepting "string". [TYPE_CHANGED] (vs version 1)',
    '[ERROR]     witness: {"email":""}',
    '[ERROR] src/main/schemas/CustomerRegistered.json#/required: Property "customerId" became required, so data written with version 1 that lacks it is rejected; keep "customerId" optional. [REQUIRED_PROPERTY_ADDED] (vs version 1)',
    '[ERROR]     witness: {}',
    '[INFO] address (src/main/schemas/common/address.json): compatible with version 1 at BACKWARD',
])
assert log.failure().startsWith('SchemaGate check failed: 2 problems in 1 of 2 subjects (CustomerRegistered).')

def json = new JsonSlurper().parse(new File(basedir, 'target/schemagate/check.json'))
def problems = json.subjects.find { it.subject == 'CustomerRegistered' }.problems
assert problems*.rule == ['TYPE_CHANGED', 'REQUIRED_PROPERTY_ADDED']
assert problems*.pointer == ['/properties/email/type', '/required']
assert problems[0].witness == [email: '']

// the command line finds the same
dev.schemagate.maven.it.SameFindings.assertSame(basedir, cliJar, 1, 'check', '--baseline', 'src/baseline')

// the annotations stand at the start of their lines, where GitHub Actions reads them, with line and column
assert log.text().readLines().contains('::error file=src/main/schemas/CustomerRegistered.json,line=7,col=15,title=SchemaGate TYPE_CHANGED::'
    + 'The type of "email" changed from "string" to "integer", so data written with version 1 that holds a string in "email" is rejected;'
    + ' keep accepting "string". (vs version 1) [CustomerRegistered /properties/email/type]%0Awitness: {"email":""}')
assert log.text().readLines().contains('::error file=src/main/schemas/CustomerRegistered.json,line=10,col=3,title=SchemaGate REQUIRED_PROPERTY_ADDED::'
    + 'Property "customerId" became required, so data written with version 1 that lacks it is rejected; keep "customerId" optional.'
    + ' (vs version 1) [CustomerRegistered /required]%0Awitness: {}')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/schemagate/check.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results*.locations*.physicalLocation*.region == [[[startLine: 7, startColumn: 15]], [[startLine: 10, startColumn: 3]]]

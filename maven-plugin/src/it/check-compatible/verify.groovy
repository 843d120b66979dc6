import dev.schemagate.maven.it.BuildLog
import groovy.json.JsonSlurper

def log = BuildLog.of(basedir)

log.has([
    '[INFO] Validating 5 schema files in src/main/schemas',
    '[INFO] CustomerRegistered (src/main/schemas/CustomerRegistered.json): valid JSON schema',
    '[INFO] Money (src/main/schemas/Money.avsc): valid AVRO schema',
    '[INFO] OrderPlaced (src/main/schemas/OrderPlaced.avsc): valid AVRO schema',
    '[INFO] PaymentFailed (src/main/schemas/PaymentFailed.avsc): valid AVRO schema',
    '[INFO] address (src/main/schemas/common/address.json): valid JSON schema',
])
log.has([
    '[INFO] Checking 5 schema files in src/main/schemas against baseline src/baseline (from the plugin\'s <baseline>)',
    '[INFO] CustomerRegistered (src/main/schemas/CustomerRegistered.json): compatible with version 1 at BACKWARD',
    '[INFO] Money (src/main/schemas/Money.avsc): compatible with version 1 at BACKWARD',
    '[INFO] OrderPlaced (src/main/schemas/OrderPlaced.avsc): compatible with versions 1 and 2 at BACKWARD_TRANSITIVE',
    '[INFO] PaymentFailed (src/main/schemas/PaymentFailed.avsc): new subject, no earlier version in baseline src/baseline',
    '[INFO] address (src/main/schemas/common/address.json): compatible with version 1 at BACKWARD',
])
assert !log.run(1).any { it.startsWith('[ERROR]') }

def reports = new File(basedir, 'target/schemagate')
def json = new JsonSlurper().parse(new File(reports, 'check.json'))
assert json.goal == 'check'
assert json.against == 'baseline src/baseline'
assert json.passed == true
assert json.summary == [subjects: 5, failed: 0, problems: 0]
def order = json.subjects.find { it.subject == 'OrderPlaced' }
assert order.file == 'src/main/schemas/OrderPlaced.avsc'
assert order.level == 'BACKWARD_TRANSITIVE'
assert order.versionsCompared == [1, 2]
assert order.outcome == 'COMPATIBLE'
assert json.subjects.find { it.subject == 'PaymentFailed' }.outcome == 'NEW'

def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(new File(reports, 'TEST-schemagate-check.xml')).documentElement
assert junit.getAttribute('name') == 'schemagate.check'
assert junit.getAttribute('tests') == '5'
assert junit.getAttribute('failures') == '0'
def cases = junit.getElementsByTagName('testcase')
assert (0..<cases.length).collect { cases.item(it).getAttribute('name') } == ['CustomerRegistered', 'Money', 'OrderPlaced', 'PaymentFailed', 'address']

def markdown = new File(reports, 'check.md').text
assert markdown.startsWith('### SchemaGate check: all 5 subjects passed')
assert markdown.contains('| OrderPlaced | `src/main/schemas/OrderPlaced.avsc` | BACKWARD_TRANSITIVE | ✅ compatible with versions 1 and 2 at BACKWARD_TRANSITIVE |')

assert new File(reports, 'validate.json').isFile()
assert new File(reports, 'TEST-schemagate-validate.xml').isFile()

// the command line finds the same
dev.schemagate.maven.it.SameFindings.assertSame(basedir, cliJar, 0, 'check', '--baseline', 'src/baseline', '--subject-compatibility', 'OrderPlaced=BACKWARD_TRANSITIVE')

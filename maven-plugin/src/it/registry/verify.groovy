import dev.schemagate.maven.it.BuildLog
import groovy.json.JsonSlurper

context.get('registryServer')?.destroy()

def log = BuildLog.of(basedir)
assert log.runs() == 7
def url = context.get('userProperties').getProperty('schemagate.registryUrl')
def has = log.&has

has(1, ["[INFO] Global compatibility level at ${url} set to FORWARD".toString(),
        "[INFO] Global compatibility policy at ${url} set to LENIENT".toString()])
has(1, ['[INFO] OrderPlaced: compatibility level set to BACKWARD_TRANSITIVE'])
assert log.run(1).count { it.contains('compatibility level set to') } == 1
has(1, ["[INFO] Registering 2 schema files in src/v1 with registry ${url}".toString(),
        "[INFO] Money (src/v1/Money.avsc): registered as version 1 (id 1), the subject's first version",
        "[INFO] OrderPlaced (src/v1/OrderPlaced.avsc): registered as version 1 (id 2), the subject's first version"])
// registering the same schemas again changes nothing
has(2, ['[INFO] Money (src/v1/Money.avsc): already registered as version 1 (id 1), nothing to do',
        '[INFO] OrderPlaced (src/v1/OrderPlaced.avsc): already registered as version 1 (id 2), nothing to do'])
// the credentials came from settings.xml, and nothing of them is printed, not even at debug level
assert log.run(2).contains("[DEBUG] Registry ${url} with the credentials of server \"it-registry\"".toString())
assert !log.text().contains('it-secret-never-printed')
assert !log.text().contains('it-user')
assert !log.text().contains('Authorization')
// a compatible change passes, at the level the registry holds for the subject, or else its global level
has(3, ["[INFO] Checking 2 schema files in src/main/schemas against registry ${url} (from -Dschemagate.registryUrl)".toString(),
        '[INFO] Money (src/main/schemas/Money.avsc): compatible with version 1 at FORWARD',
        '[INFO] OrderPlaced (src/main/schemas/OrderPlaced.avsc): compatible with version 1 at BACKWARD_TRANSITIVE'])
has(3, ['[INFO] Money (src/main/schemas/Money.avsc): already registered as version 1 (id 1), nothing to do',
        '[INFO] OrderPlaced (src/main/schemas/OrderPlaced.avsc): would be registered as a new version (dry run), compatible with version 1 at BACKWARD_TRANSITIVE'])
// a breaking change fails, naming subject, field and rule, with a witness
has(4, ['[ERROR] OrderPlaced (src/v3/OrderPlaced.avsc): incompatible with version 1 at BACKWARD_TRANSITIVE, 1 problem',
        '[ERROR] src/v3/OrderPlaced.avsc#/fields/0/type: Field "orderId" changed type from "string" to "long", which Avro cannot convert, so events written with version 1 cannot be read; keep "string" or change it to "bytes". [TYPE_MISMATCH] (vs version 1)'])
def witness = log.run(4).find { it.startsWith('[ERROR]     witness: ') }
assert new JsonSlurper().parseText(witness - '[ERROR]     witness: ').orderId instanceof String
assert log.failure(4).startsWith('SchemaGate check failed: 1 problem in 1 of 2 subjects (OrderPlaced).')
// every version, in the layout a baseline folder reads
has(5, ['[INFO] Money version 1 -> target/schemagate/schemas/Money/1.avsc',
        '[INFO] OrderPlaced version 1 -> target/schemagate/schemas/OrderPlaced/1.avsc'])
assert new File(basedir, 'target/schemagate/schemas/OrderPlaced/1.avsc').text == new File(basedir, 'src/v1/OrderPlaced.avsc').text
// one subject with what it references, written where validate finds it, so the folder validates without a registry
has(6, ['[INFO] OrderPlaced version 1 -> target/offline/OrderPlaced.avsc',
        '[INFO] Money version 1 -> target/offline/Money.avsc (used by OrderPlaced)'])
has(6, ['[INFO] Validating 2 schema files in target/offline',
        '[INFO] Money (target/offline/Money.avsc): valid AVRO schema',
        '[INFO] OrderPlaced (target/offline/OrderPlaced.avsc): valid AVRO schema'])
assert log.run(6).contains('[INFO] BUILD SUCCESS')
assert log.failure(7) == 'serverId "no-such-server" names no <server> in settings.xml; add one with the registry\'s username' +
    ' and password, or a password alone for a bearer token.'

// the dry run registered nothing: the registry still has one version of OrderPlaced
def report = new JsonSlurper().parse(new File(basedir, 'target/schemagate/register.json'))
assert report.subjects.find { it.subject == 'OrderPlaced' }.outcome == 'WOULD_REGISTER'

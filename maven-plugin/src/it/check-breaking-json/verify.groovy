import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()

assert lines.contains('[INFO] Checking 2 schema files in src/main/schemas against baseline src/baseline')
assert lines.contains('[INFO] address (src/main/schemas/common/address.json): compatible with version 1 at BACKWARD')
assert lines.contains('[ERROR] CustomerRegistered (src/main/schemas/CustomerRegistered.json): incompatible with version 1 at BACKWARD, 2 problems')

// one line per problem naming file, pointer, rule and the old version, each with a witness beneath
def problems = lines.findAll { it.startsWith('[ERROR] src/main/schemas/CustomerRegistered.json#') }
assert problems.size() == 2
def typeNarrowed = problems.find { it.contains('[TYPE_NARROWED]') }
assert typeNarrowed ==~ /\[ERROR\] src\/main\/schemas\/CustomerRegistered\.json#\/properties\/email\/type: .*"email".* \[TYPE_NARROWED\] \(vs version 1\)/
def requiredAdded = problems.find { it.contains('[REQUIRED_PROPERTY_ADDED]') }
assert requiredAdded ==~ /\[ERROR\] src\/main\/schemas\/CustomerRegistered\.json#\/required.*: .*"customerId".* \[REQUIRED_PROPERTY_ADDED\] \(vs version 1\)/
problems.each { problem ->
    def next = lines[lines.indexOf(problem) + 1]
    assert next.startsWith('[ERROR]     witness: {')
}

assert lines.any { it.contains('SchemaGate check failed: 2 problems in 1 of 2 subjects (CustomerRegistered).') }
def json = new JsonSlurper().parse(new File(basedir, 'target/schemagate/check.json'))
assert json.subjects.find { it.subject == 'CustomerRegistered' }.problems*.rule as Set == ['TYPE_NARROWED', 'REQUIRED_PROPERTY_ADDED'] as Set

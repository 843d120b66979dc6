def runs = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/)
assert runs.length == 3
def breaking = runs[1].readLines()
def missingRef = runs[2].readLines()

// the old schemas come from the last commit, OrderPlaced's shared Money type included
def expected = [
    '[INFO] Checking 2 schema files in src/main/schemas against git:HEAD',
    '[INFO] Money (src/main/schemas/Money.avsc): compatible with version 1 at BACKWARD',
    '[ERROR] OrderPlaced (src/main/schemas/OrderPlaced.avsc): incompatible with version 1 at BACKWARD, 1 problem',
    '[ERROR] src/main/schemas/OrderPlaced.avsc#/fields/2: Field "customerId" is new and has no default, so events written with version 1 cannot be read; add a default. [READER_FIELD_MISSING_DEFAULT_VALUE] (vs version 1)',
]
int start = breaking.indexOf(expected[0])
assert start >= 0
assert breaking.subList(start, start + expected.size()) == expected
// the witness is an old event with the old Money type read from the commit
def witness = new groovy.json.JsonSlurper().parseText(breaking[start + expected.size()] - '[ERROR]     witness: ')
assert witness.keySet() == ['orderId', 'total'] as Set
assert witness.total.keySet() == ['amountMinor', 'currency'] as Set
assert breaking.any { it.contains('SchemaGate check failed: 1 problem in 1 of 2 subjects (OrderPlaced).') }

// a ref the repository does not have is a configuration error that says what to do
def repository = basedir.canonicalPath
assert missingRef.any {
    it.startsWith('[ERROR] Failed to execute goal dev.schemagate:schemagate-maven-plugin:') &&
        it.endsWith(": The baseline git:no-such-branch names no commit of the git repository at ${repository};"
            + ' fetch it first (a CI checkout is often shallow: git fetch origin main) or name an existing branch, tag or commit. -> [Help 1]')
}
assert missingRef.any { it.contains('MojoExecutionException') }

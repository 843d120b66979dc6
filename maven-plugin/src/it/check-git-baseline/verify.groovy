import dev.schemagate.maven.it.BuildLog

def log = BuildLog.of(basedir)
assert log.runs() == 2

// the old schemas come from the last commit, OrderPlaced's shared Money type included
def expected = [
    '[INFO] Checking 2 schema files in src/main/schemas against git:HEAD (from -Dschemagate.baseline)',
    '[INFO] Money (src/main/schemas/Money.avsc): compatible with version 1 at BACKWARD',
    '[ERROR] OrderPlaced (src/main/schemas/OrderPlaced.avsc): incompatible with version 1 at BACKWARD, 1 problem',
    '[ERROR] src/main/schemas/OrderPlaced.avsc#/fields/2: Field "customerId" is new and has no default, so events written with version 1 cannot be read; add a default. [READER_FIELD_MISSING_DEFAULT_VALUE] (vs version 1)',
]
int start = log.has(1, expected)
// the witness is an old event with the old Money type read from the commit
def witness = new groovy.json.JsonSlurper().parseText(log.run(1)[start + expected.size()] - '[ERROR]     witness: ')
assert witness.keySet() == ['orderId', 'total'] as Set
assert witness.total.keySet() == ['amountMinor', 'currency'] as Set
assert log.failure(1).startsWith('SchemaGate check failed: 1 problem in 1 of 2 subjects (OrderPlaced).')

// a ref the repository does not have is a configuration error that says what to do
assert log.failure(2) == "The baseline git:no-such-branch names no commit of the git repository at ${basedir.canonicalPath};" +
    ' fetch it first (a CI checkout is often shallow: git fetch origin main) or name an existing branch, tag or commit.'
assert log.run(2).any { it.contains('MojoExecutionException') }

// the command line finds the same against the same commit
dev.schemagate.maven.it.SameFindings.assertSame(basedir, cliJar, 1, 'check', '--baseline', 'git:HEAD')

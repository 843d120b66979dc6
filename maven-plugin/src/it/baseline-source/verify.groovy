import dev.schemagate.maven.it.BuildLog

def log = BuildLog.of(basedir)
assert log.runs() == 2

// run 1: each module's own baseline, named with where it came from
log.has(1, ["[INFO] Checking 1 schema file in src/main/schemas against baseline src/baseline (from the plugin's <baseline>)",
            '[INFO] PaymentFailed (src/main/schemas/PaymentFailed.avsc): compatible with version 1 at BACKWARD'])
log.has(1, ["[INFO] Checking 1 schema file in src/main/schemas against baseline src/released (from the plugin's <baseline>)",
            '[INFO] OrderPlaced (src/main/schemas/OrderPlaced.avsc): compatible with version 1 at BACKWARD'])
assert !log.run(1).any { it.startsWith('[WARNING]') && it.contains('schemagate') }

// run 2: payments writes its baseline in the pom, so the property is ignored there, and it says so
log.has(2, ['[WARNING] -Dschemagate.baseline=src/older is ignored: the plugin\'s configuration sets <baseline>src/baseline</baseline>,'
                + ' and Maven lets the pom win over a user property. To choose it on the command line, write'
                + ' <baseline>${schemagate.baseline}</baseline> with a default in <properties>.',
            "[INFO] Checking 1 schema file in src/main/schemas against baseline src/baseline (from the plugin's <baseline>)"])
// orders reads the property: the command line's baseline is used and named
log.has(2, ['[INFO] Checking 1 schema file in src/main/schemas against baseline src/older (from -Dschemagate.baseline)',
            '[ERROR] OrderPlaced (src/main/schemas/OrderPlaced.avsc): incompatible with version 1 at BACKWARD, 1 problem'])
// the reports folder as seen from where Maven was started, the parent folder
assert log.failure(2).startsWith('SchemaGate check failed: 1 problem in 1 of 1 subjects (OrderPlaced).')
assert log.failure(2).endsWith(' Reports: orders/target/schemagate.')
assert new File(basedir, 'orders/target/schemagate/check.json').isFile()

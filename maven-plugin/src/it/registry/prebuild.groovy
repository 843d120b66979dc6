// Starts the registry-server this build produced, on a free port of 127.0.0.1 with its own database,
// and hands its URL to every build of this project as the schemagate.registryUrl property.
import dev.schemagate.maven.it.RegistryProcess

def registry = RegistryProcess.start(new File(registryServerJar), new File(basedir, 'target/registry-server.log'),
    ['--db', new File(basedir, 'target/registry.db').path])
context.put('registryServer', registry.process())
context.get('userProperties').put('schemagate.registryUrl', registry.url())
true

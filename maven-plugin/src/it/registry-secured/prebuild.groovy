// Starts the registry-server this build produced with a users file and HTTPS: a private CA made for
// this run signs its certificate. The user is settings.xml's it-registry server; the URL and the CA
// file reach every build of this project as the schemagate.registryUrl and registryCaFile properties.
import at.favre.lib.crypto.bcrypt.BCrypt
import dev.schemagate.core.client.TestCertificates
import dev.schemagate.maven.it.RegistryProcess

def jar = new File(registryServerJar)
def target = new File(basedir, 'target')
target.mkdirs()
def certificates = TestCertificates.create(target.toPath())
def hash = BCrypt.withDefaults().hashToString(4, 'it-secret-never-printed'.toCharArray())
def users = new File(target, 'users.json')
users.text = """{"users": {"it-user": {"password": "${hash}", "role": "admin"}}}"""

def registry = RegistryProcess.start(jar, new File(target, 'registry-server.log'), ['--db', new File(target, 'registry.db').path,
    '--users', users.path, '--tls-cert', certificates.serverCertificate().toString(),
    '--tls-key', certificates.serverKey().toString()])
context.put('registryServer', registry.process())
assert registry.url().startsWith('https://'): registry.url()
context.get('userProperties').put('schemagate.registryUrl', registry.url())
context.get('userProperties').put('schemagate.registryCaFile', certificates.caCertificate().toString())
true

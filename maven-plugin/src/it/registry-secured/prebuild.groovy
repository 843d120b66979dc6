// Starts the registry-server this build produced with a users file and HTTPS: a private CA made for
// this run signs its certificate. The user is settings.xml's it-registry server; the URL and the CA
// file reach every build of this project as the schemagate.registryUrl and registryCaFile properties.
import at.favre.lib.crypto.bcrypt.BCrypt
import dev.schemagate.core.client.TestCertificates

def jar = new File(registryServerJar)
assert jar.isFile(): "the registry-server jar ${jar} is missing; build the registry-server module first"
def target = new File(basedir, 'target')
target.mkdirs()
def certificates = TestCertificates.create(target.toPath())
def hash = BCrypt.withDefaults().hashToString(4, 'it-secret-never-printed'.toCharArray())
def users = new File(target, 'users.json')
users.text = """{"users": {"it-user": {"password": "${hash}", "role": "admin"}}}"""

int port = new ServerSocket(0, 1, InetAddress.getByName('127.0.0.1')).withCloseable { it.localPort }
def java = new File(System.getProperty('java.home'), 'bin/java').path
def log = new File(target, 'registry-server.log')
def command = [java, '-jar', jar.path, '--host', '127.0.0.1', '--port', "${port}", '--db', new File(target, 'registry.db').path,
               '--users', users.path, '--tls-cert', certificates.serverCertificate().toString(),
               '--tls-key', certificates.serverKey().toString()]
def server = new ProcessBuilder(command*.toString()).redirectErrorStream(true).redirectOutput(log).start()
Runtime.runtime.addShutdownHook(new Thread({ server.destroy() }))
context.put('registryServer', server)

long deadline = System.currentTimeMillis() + 60_000
while (!(log.isFile() && log.text.contains('SchemaGate registry listening on https://'))) {
    assert server.alive: "the registry-server stopped: " + log.text
    assert System.currentTimeMillis() < deadline: "the registry-server did not start within 60 seconds: " + log.text
    Thread.sleep(200)
}
context.get('userProperties').put('schemagate.registryUrl', "https://127.0.0.1:${port}".toString())
context.get('userProperties').put('schemagate.registryCaFile', certificates.caCertificate().toString())
true

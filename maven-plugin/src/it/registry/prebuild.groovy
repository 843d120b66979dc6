// Starts the registry-server this build produced, on a free port of 127.0.0.1 with its own database,
// and hands its URL to every build of this project as the schemagate.registryUrl property.
def jar = new File(registryServerJar)
assert jar.isFile(): "the registry-server jar ${jar} is missing; build the registry-server module first"

int port = new ServerSocket(0, 1, InetAddress.getByName('127.0.0.1')).withCloseable { it.localPort }
def java = new File(System.getProperty('java.home'), 'bin/java').path
def command = [java, '-jar', jar.path, '--host', '127.0.0.1', '--port', "${port}", '--db', new File(basedir, 'target/registry.db').path]
new File(basedir, 'target').mkdirs()
def server = new ProcessBuilder(command*.toString())
    .redirectErrorStream(true)
    .redirectOutput(new File(basedir, 'target/registry-server.log'))
    .start()
Runtime.runtime.addShutdownHook(new Thread({ server.destroy() }))
context.put('registryServer', server)

def url = "http://127.0.0.1:${port}".toString()
long deadline = System.currentTimeMillis() + 60_000
while (true) {
    assert server.alive: "the registry-server stopped: " + new File(basedir, 'target/registry-server.log').text
    try {
        def connection = new URL("${url}/subjects").openConnection()
        if (connection.responseCode == 200) {
            break
        }
    } catch (IOException notYet) {
        // still starting
    }
    assert System.currentTimeMillis() < deadline: "the registry-server did not answer at ${url} within 60 seconds"
    Thread.sleep(200)
}
context.get('userProperties').put('schemagate.registryUrl', url)
true

import dev.schemagate.maven.it.BuildLog

context.get('registryServer')?.destroy()

def log = BuildLog.of(basedir)
assert log.runs() == 3
def url = context.get('userProperties').getProperty('schemagate.registryUrl')
def has = log.&has
assert url.startsWith('https://127.0.0.1:')

// over HTTPS, trusting the private CA, as settings.xml's user
has(1, ["[INFO] Registering 2 schema files in src/main/schemas with registry ${url}".toString(),
        "[INFO] Money (src/main/schemas/Money.avsc): registered as version 1 (id 1), the subject's first version",
        "[INFO] OrderPlaced (src/main/schemas/OrderPlaced.avsc): registered as version 1 (id 2), the subject's first version"])
// without credentials the registry refuses, in Confluent's words and code
assert log.failure(2) == "Could not list the versions of subject \"Money\": the registry at ${url}/subjects/Money/versions" +
    ' answered HTTP 401, error code 40101: Authentication is required: send HTTP Basic credentials or a bearer token.' +
    ' Check the credentials given for this registry.'
has(3, ["[INFO] Checking 2 schema files in src/main/schemas against registry ${url} (from -Dschemagate.registryUrl)".toString(),
        '[INFO] Money (src/main/schemas/Money.avsc): compatible with version 1 at BACKWARD',
        '[INFO] OrderPlaced (src/main/schemas/OrderPlaced.avsc): compatible with version 1 at BACKWARD'])
assert !log.text().contains('it-secret-never-printed')
assert !new File(basedir, 'target/registry-server.log').text.contains('it-secret-never-printed')
true

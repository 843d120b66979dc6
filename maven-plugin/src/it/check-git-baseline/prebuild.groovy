// Makes the test project a git repository whose last commit holds the old schemas, then puts the
// change under test into the working tree, as a developer's clone looks before committing.
def git(String... args) {
    def command = ['git', '-c', 'user.name=SchemaGate IT', '-c', 'user.email=it@schemagate.invalid',
                   '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'] + args.toList()
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0: "git ${args.join(' ')} failed: ${output}"
}

git('init', '-q')
git('add', 'pom.xml', 'src')
git('commit', '-q', '-m', 'Old schemas')
new File(basedir, 'src/main/schemas/OrderPlaced.avsc').text = new File(basedir, 'next/OrderPlaced.avsc').text
true

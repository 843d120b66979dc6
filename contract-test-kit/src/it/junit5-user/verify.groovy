def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 6, Failures: 0, Errors: 0, Skipped: 0') : 'all six tests of the JUnit 5 project ran and passed'
assert log.contains('BUILD SUCCESS')
assert !log.contains('SLF4J') : 'the kit adds no logging noise to a project without an SLF4J provider'
return true

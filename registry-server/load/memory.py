"""Registers 10,000 realistic schemas (Avro records of 20 to 30 fields with docs, 1,000 subjects of 10
versions, each version adding a field with a default) over one keep-alive connection, then prints
the server's resident size. Usage: memory.py PORT PID [count]"""
import http.client
import json
import sys
import time

port, pid = int(sys.argv[1]), int(sys.argv[2])
count = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
subjects = count // 10
types = ["string", "long", "double", "boolean", "int"]


def schema(subject, version):
    fields = [{"name": "id", "type": "string", "doc": "The identifier of the event."}]
    fields += [{"name": f"s{subject}f{i}", "type": types[i % len(types)], "doc": f"Attribute {i} of entity {subject}."}
               for i in range(1, 20)]
    fields += [{"name": f"added{v}", "type": ["null", "string"], "default": None, "doc": f"Added in version {v}."}
               for v in range(1, version)]
    return {"type": "record", "name": f"Entity{subject}", "namespace": "com.example.events", "fields": fields}


def rss_kb():
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


connection = http.client.HTTPConnection("127.0.0.1", port)
headers = {"Content-Type": "application/vnd.schemaregistry.v1+json"}
failures = 0
for version in range(1, 11):
    for subject in range(subjects):
        body = json.dumps({"schema": json.dumps(schema(subject, version), separators=(",", ":"))})
        connection.request("POST", f"/subjects/entity-{subject}-value/versions", body, headers)
        response = connection.getresponse()
        response.read()
        failures += response.status != 200
# a round of reads, as a running registry serves them
for schema_id in range(1, count + 1, 7):
    connection.request("GET", f"/schemas/ids/{schema_id}")
    connection.getresponse().read()
time.sleep(2)
print(f"MEMORY schemas={count} failures={failures} rss_mb={rss_kb() / 1024:.0f}")

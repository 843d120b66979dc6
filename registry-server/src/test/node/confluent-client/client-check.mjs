// Drives a running registry with @kafkajs/confluent-schema-registry, the client Node.js Kafka
// producers and consumers use, and prints one JSON line per step for the Java test to check.
// Usage: node client-check.mjs http://127.0.0.1:PORT
// With REGISTRY_USERNAME and REGISTRY_PASSWORD set, every client sends them as basic auth, the way
// applications configure the client for a registry with authentication.
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry'

const host = process.argv[2]
if (!host) {
  console.error('usage: node client-check.mjs <registry url>')
  process.exit(2)
}
const auth = process.env.REGISTRY_USERNAME
  ? { username: process.env.REGISTRY_USERNAME, password: process.env.REGISTRY_PASSWORD }
  : undefined
const registry = new SchemaRegistry({ host, auth, retry: { retries: 0 } })
const report = (step, result) => console.log(JSON.stringify({ step, ...result }))

const order = {
  type: 'record', name: 'OrderPlaced', namespace: 'shop.orders',
  fields: [{ name: 'id', type: 'string' }, { name: 'amount', type: 'int' }],
}
const avro = await registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(order) }, { subject: 'orders-value' })
report('register-avro', { id: avro.id })

const avroMessage = { id: 'o-1', amount: 42 }
const avroBytes = await registry.encode(avro.id, avroMessage)
report('encode-decode-avro', {
  magicByte: avroBytes[0], schemaId: avroBytes.readInt32BE(1), decoded: await registry.decode(avroBytes),
})

const fetched = await new SchemaRegistry({ host, auth }).getSchema(avro.id)
report('fetch-avro-by-id', { name: fetched.name })

const payment = {
  $schema: 'http://json-schema.org/draft-07/schema#', title: 'PaymentTaken', type: 'object',
  properties: { orderId: { type: 'string' }, cents: { type: 'integer' } }, required: ['orderId', 'cents'],
}
const json = await registry.register({ type: SchemaType.JSON, schema: JSON.stringify(payment) }, { subject: 'payments-value' })
report('register-json', { id: json.id })

const jsonMessage = { orderId: 'o-1', cents: 4200 }
const jsonBytes = await registry.encode(json.id, jsonMessage)
report('encode-decode-json', { schemaId: jsonBytes.readInt32BE(1), decoded: await new SchemaRegistry({ host, auth }).decode(jsonBytes) })

const evolved = { ...order, fields: [...order.fields, { name: 'currency', type: 'string', default: 'EUR' }] }
const second = await registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(evolved) }, { subject: 'orders-value' })
report('latest-id', { registered: second.id, latest: await registry.getLatestSchemaId('orders-value') })

const broken = { ...order, fields: [...order.fields, { name: 'customer', type: 'string' }] }
try {
  await registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(broken) }, { subject: 'orders-value' })
  report('incompatible-refused', { refused: false })
} catch (error) {
  report('incompatible-refused', { refused: true, status: error.status, message: error.message })
}

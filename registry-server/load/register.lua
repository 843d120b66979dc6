-- POSTs a new schema version on every request: a record whose second field is new each time (with
-- a default, so each version is backward compatible with the one before), spread over 16 subjects
-- (shared by every wrk process, or 16 per process with SPLIT=yes).
-- wrk's Lua has no JSON library; the body has a fixed shape and only [a-z0-9] names are spliced in.
dofile("report.lua")

local counter = 0
local threads = {}

setup = function(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

init = function(args)
  counter = 0
end

request = function()
  counter = counter + 1
  -- OFFSET keeps the schemas of several wrk processes apart (one per node of a cluster)
  local offset = tonumber(os.getenv("OFFSET") or "0")
  local n = (offset + thread_id) * 10000000 + counter
  local subject = "load-" .. (n % 16) .. "-value"
  -- SPLIT=yes gives each wrk process (each node, OFFSET / 100) 16 subjects of its own
  if os.getenv("SPLIT") == "yes" then
    subject = "load-" .. math.floor(offset / 100) .. "-" .. (n % 16) .. "-value"
  end
  local schema = '{\\"type\\":\\"record\\",\\"name\\":\\"LoadEvent\\",\\"fields\\":[{\\"name\\":\\"id\\",\\"type\\":\\"string\\"},'
      .. '{\\"name\\":\\"f' .. n .. '\\",\\"type\\":\\"string\\",\\"default\\":\\"\\"}]}'
  local body = '{"schema":"' .. schema .. '"}'
  return wrk.format("POST", wrk.path:gsub("SUBJECT", subject), {["Content-Type"] = "application/vnd.schemaregistry.v1+json"}, body)
end

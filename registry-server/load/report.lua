-- Prints one line wrk's caller can read: requests/s, p99 latency, errors.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p99_ms=%.2f p50_ms=%.2f requests=%d errors=%d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000, latency:percentile(50) / 1000,
      summary.requests, errors))
end

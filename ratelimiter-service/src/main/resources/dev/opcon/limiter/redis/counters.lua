-- Counts many keys in one round trip, each in its own window against its own limit (the seed
-- system made two round trips per key and compared every key against the default limit).
--
-- KEYS    pairs: ratelimit:{key}, ratelimit:limit:{key}, ...
-- ARGV[1] node's default limit      ARGV[2] node's default window (ms)
--
-- Returns a flat list {count, limit, window_ms, ...}, one triple per pair of KEYS, in order.

local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local default_limit = tonumber(ARGV[1])
local default_window = tonumber(ARGV[2])

local result = {}
for index = 1, #KEYS, 2 do
  local override = redis.call('HMGET', KEYS[index + 1], 'limit', 'window_ms')
  local limit = tonumber(override[1]) or default_limit
  local window = tonumber(override[2]) or default_window
  -- Read-only: entries that left the window are not pruned here, only not counted.
  local count = redis.call('ZCOUNT', KEYS[index], '(' .. string.format('%d', now - window), '+inf')
  result[#result + 1] = count
  result[#result + 1] = limit
  result[#result + 1] = window
end
return result

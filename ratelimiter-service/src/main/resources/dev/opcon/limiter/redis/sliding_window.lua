-- Sliding-window admission: one atomic step per request, so that any number of nodes sharing
-- this Redis never admit more than the limit within a window.
--
-- KEYS[1] ratelimit:{key}        sorted set, one member "{ms}:{seq}" per admitted request, score = ms
-- KEYS[2] ratelimit:{key}:seq    sequence that keeps members unique within one millisecond
-- KEYS[3] ratelimit:limit:{key}  optional override hash {limit, window_ms}
-- ARGV[1] limit asked for by the request, or ''      ARGV[2] window asked for, or ''
-- ARGV[3] node's default limit                       ARGV[4] node's default window (ms)
--
-- Returns {allowed (1|0), current_count, limit, window_ms, retry_after_ms, now_ms}.

-- Redis before 5 replicates scripts verbatim, which a script reading TIME may not do.
if redis.replicate_commands then
  redis.replicate_commands()
end

-- The override beats the request, which beats the default; field by field.
local override = redis.call('HMGET', KEYS[3], 'limit', 'window_ms')
local limit = tonumber(override[1]) or tonumber(ARGV[1]) or tonumber(ARGV[3])
local window = tonumber(override[2]) or tonumber(ARGV[2]) or tonumber(ARGV[4])

-- Redis's clock, not the node's: one clock for every node, so skewed hosts cannot widen a window.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

-- The window is (now - window, now]: an admission at t stops counting at t + window.
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])

if count < limit then
  local sequence = redis.call('INCR', KEYS[2])
  redis.call('ZADD', KEYS[1], now, string.format('%d:%d', now, sequence))
  -- Both keys vanish one window after the last admission: idle keys cost no memory.
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('PEXPIRE', KEYS[2], window)
  return {1, count + 1, limit, window, 0, now}
end

local retry_after = window
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if oldest[2] then
  retry_after = tonumber(oldest[2]) + window - now
end
return {0, count, limit, window, retry_after, now}

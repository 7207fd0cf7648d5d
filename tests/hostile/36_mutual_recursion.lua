-- attack: two functions calling each other forever in tail position (instruction budget)
-- expect: E105
local ping, pong
function ping(n) return pong(n + 1) end
function pong(n) return ping(n + 1) end
return ping(0)

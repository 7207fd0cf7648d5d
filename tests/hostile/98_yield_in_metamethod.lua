-- attack: a coroutine yields from inside an __index metamethod, suspending the VM in the middle of a table read that the host might be doing (coroutines that yield across metamethods)
-- expect: E104
local t = setmetatable({}, { __index = function(_, k) coroutine.yield(k); return k end })
local co = coroutine.wrap(function() return t.anything end)
return co()

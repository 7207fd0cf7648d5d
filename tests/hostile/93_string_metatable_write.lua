-- attack: write into the metatable every string shares: an __add on it turns "a" + "b" into a call of scenario code, and an __index swap reaches whatever it names (getmetatable on strings, then mutate)
-- expect: E104
local mt = getmetatable("")
mt.__add = function(a, b) return a .. b end
mt.__index = function(_, name) return name end
return "a" + "b"

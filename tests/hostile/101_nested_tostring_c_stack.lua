-- attack: C stack exhaustion through tostring: an object's __tostring calls tostring on the next object in a chain, nesting luaL_tolstring C frames without end (class D: C-stack exhaustion through tostring)
-- expect: E104
local mt = {}
mt.__tostring = function() return tostring(setmetatable({}, mt)) end
return tostring(setmetatable({}, mt))

-- attack: an error object whose __tostring never returns: a host that turns the error into text (luaL_tolstring) runs scenario code after the budget (class A/E)
-- expect: E104
error(setmetatable({}, { __tostring = function() while true do end end }))

-- attack: a table whose metatable says __name = "string" makes Lua say "string expected, got string"; then raise it as the error object (class E)
-- expect: E104
local liar = setmetatable({}, { __name = "string" })
string.rep(liar, 2)
error(liar)

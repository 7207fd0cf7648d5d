-- attack: C stack exhaustion through nested pcall: each level is a C call (pcall) around a Lua call, without end; the overflow error is caught by the next pcall out, which recurses again (class D: C-stack exhaustion through nested pcall)
-- expect: E104
local function deeper() pcall(deeper); return deeper() end
return deeper()

-- attack: a __gc finalizer that never returns; finalizers run with hooks off, so no budget stops it, even inside lua_close (class A)
-- expect: E104
setmetatable({}, { __gc = function() while true do end end })

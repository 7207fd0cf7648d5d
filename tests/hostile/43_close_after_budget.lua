-- attack: a pending __close in the main chunk; when the budget error unwinds the chunk, __close runs after the budget expired, hooks off (class A)
-- expect: E104
local cleanup <close> = setmetatable({}, { __close = function() while true do end end })
while true do end

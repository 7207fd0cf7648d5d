-- attack: a coroutine killed by the budget keeps hooks off; wrap then runs its pending __close unhooked, and it loops forever (class A)
-- expect: E104
local body = coroutine.wrap(function()
  local cleanup <close> = setmetatable({}, { __close = function() while true do end end })
  while true do end               -- the budget hook kills the coroutine here...
end)
body()                            -- ...and wrap closes it, running __close with hooks still off

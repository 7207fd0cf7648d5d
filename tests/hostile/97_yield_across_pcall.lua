-- attack: a coroutine yields from inside pcall, so the protected call is suspended and resumed later, after the budget may have run out (coroutines that yield across pcall)
-- expect: E104
local co = coroutine.wrap(function()
  pcall(function()
    while true do coroutine.yield() end
  end)
end)
while true do co() end

-- attack: an endless loop inside coroutine.wrap, in a thread that may not inherit the main thread's hook (coroutines)
-- expect: E104
local body = coroutine.wrap(function()
  while true do end
end)
body()

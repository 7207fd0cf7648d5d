-- attack: 5.4.4 bug: nested coroutine.close from __close handlers overflows the C stack (class C; fixed in 5.4.5)
-- expect: E104
local previous = false
for _ = 1, 100000 do
  local inner = previous
  previous = coroutine.create(function()
    local cleanup <close> = setmetatable({}, {
      __close = function()
        if inner then coroutine.close(inner) end
      end,
    })
    coroutine.yield()             -- leave 'cleanup' pending
  end)
  coroutine.resume(previous)
end
coroutine.close(previous)         -- closes 100000 coroutines, one C frame set per level

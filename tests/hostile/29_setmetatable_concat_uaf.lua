-- attack: Debian 5.4.4 use-after-free in luaV_concat: a __concat metamethod that grows the Lua stack by deep recursion during a multi-operand '..' (class C)
-- expect: E104
local function deep(n)
  if n == 0 then return 0 end
  return 1 + deep(n - 1)          -- not a tail call: every level takes Lua stack
end
local joiner = setmetatable({}, {
  __concat = function(a, b)
    deep(150000)                  -- forces the Lua stack to be reallocated mid-concat
    return "joined"
  end,
})
for _ = 1, 50 do
  local s = "a" .. joiner .. "b" .. joiner .. "c" .. joiner .. "d" .. joiner .. "e"
end
return "survived"

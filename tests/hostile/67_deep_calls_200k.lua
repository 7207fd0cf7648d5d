-- attack: 200,000 nested (non-tail) Lua calls: a deep Lua stack and CallInfo chain (stack overflow, memory cap or budget, depending on limits)
-- expect: ANY
local function dive(n)
  if n == 0 then return 0 end
  return 1 + dive(n - 1)
end
local depth = dive(200000)
error("came back from " .. depth .. " nested calls")

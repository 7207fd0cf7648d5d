-- attack: recursion without end that is not a tail call: grows the Lua stack to LUAI_MAXSTACK (~1M slots, tens of MB) until "stack overflow" or the memory cap
-- expect: ANY
local function dive()
  dive()
end
dive()

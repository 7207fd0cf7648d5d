-- attack: C stack exhaustion by nesting C and Lua calls: a gsub callback that calls gsub again, without end (class D; LUAI_MAXCCALLS vs small thread stacks)
-- expect: E104
local function again(c)
  return (string.gsub(c, ".", again))
end
return again("x")

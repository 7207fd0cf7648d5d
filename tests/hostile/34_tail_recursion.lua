-- attack: recursion without end as a proper tail call: no stack growth, so no stack overflow ever stops it (instruction budget)
-- expect: E105
local function forever(n)
  return forever(n + 1)
end
return forever(0)

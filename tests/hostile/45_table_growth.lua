-- attack: memory bomb by table growth: each step adds a 100,000-slot table built by one C call (string.byte + constructor), so the cap is hit long before the instruction budget
-- expect: E106
local wide = string.rep("x", 100000)
local heap = {}
while true do
  heap[#heap + 1] = { string.byte(wide, 1, -1) }
end

-- attack: catch the budget error with pcall and keep going, forever (class A / budget that can be swallowed)
-- expect: E104
local function loop() while true do end end
while true do
  pcall(loop)
end

-- attack: xpcall(loop, loop): when the budget error fires, the message handler runs with hooks still off and loops forever (class A)
-- expect: E104
local function loop() while true do end end
xpcall(loop, loop)

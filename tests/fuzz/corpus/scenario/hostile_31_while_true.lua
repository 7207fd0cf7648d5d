-- attack: plain infinite loop at top level: `while true do end` (instruction budget)
-- expect: E105
while true do end

-- attack: infinite loop written with goto, no loop statement for a naive source scan to spot (instruction budget)
-- expect: E105
local n = 0
::again::
n = n + 1
goto again

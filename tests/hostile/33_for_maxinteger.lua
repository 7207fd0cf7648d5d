-- attack: a numeric for loop over the whole integer range, 2^63 iterations (instruction budget)
-- expect: E105
local sum = 0
for i = 1, math.maxinteger do sum = sum ~ i end
return sum

-- attack: table.concat over the whole integer range; a gate that charges (j - i + 1) overflows signed arithmetic here (class B gate arithmetic)
-- expect: E104
local t = { "a" }
return table.concat(t, "", math.mininteger, math.maxinteger)

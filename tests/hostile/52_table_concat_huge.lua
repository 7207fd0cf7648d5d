-- attack: table.concat of 4096 references to one 512 KiB string: a 2 GiB result from a tiny table (memory bomb; concat gate)
-- expect: E104
local piece = string.rep("x", 1 << 19)
local refs = {}
for i = 1, 4096 do refs[i] = piece end
return table.concat(refs)

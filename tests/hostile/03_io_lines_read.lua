-- attack: read a file outside the sandbox with io.lines and smuggle it out in the result (escape route: io)
-- expect: E104
local leaked = {}
for line in io.lines("/etc/passwd") do leaked[#leaked + 1] = line end
return table.concat(leaked, "\n")

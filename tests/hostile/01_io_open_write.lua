-- attack: escape via the io library: io.open a file for writing and create hl_pwned (escape route: io)
-- expect: E104
local f = io.open("hl_pwned", "w")
f:write("a scenario file wrote this\n")
f:close()
-- reached only if io leaked: returning a string makes the hole show up as E107, not E104
return "io.open worked"

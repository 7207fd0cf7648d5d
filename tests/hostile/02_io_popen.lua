-- attack: escape via io.popen: run a shell command that creates hl_pwned (escape route: io)
-- expect: E104
local p = io.popen("touch hl_pwned")
p:close()
return "io.popen worked"

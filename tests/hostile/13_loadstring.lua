-- attack: the Lua 5.1 name loadstring, in case a compatibility shim put it back (escape route: loadstring)
-- expect: E104
local f = loadstring("os.execute('touch hl_pwned') return 'loadstring worked'")
return f()

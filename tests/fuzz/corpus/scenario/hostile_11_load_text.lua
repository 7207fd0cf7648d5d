-- attack: compile new code at run time with load (text), escaping any per-chunk checks (escape route: load)
-- expect: E104
local f = load("os.execute('touch hl_pwned') return 'load worked'")
return f()

-- attack: no getmetatable needed: ("").dump looks through the string metatable; if it points at the full library, dump is back (escape route: string metatable __index)
-- expect: E104
return ("").dump(function() os.execute("touch hl_pwned") end)

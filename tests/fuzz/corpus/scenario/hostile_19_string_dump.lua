-- attack: string.dump turns a function into bytecode, the first step of every bytecode exploit (escape route: string.dump + bytecode)
-- expect: E104
local bytecode = string.dump(function() os.execute("touch hl_pwned") end)
return bytecode

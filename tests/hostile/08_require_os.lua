-- attack: get the os library back through require, then run `touch hl_pwned` (escape route: require)
-- expect: E104
local sys = require("os")
sys.execute("touch hl_pwned")
return "require worked"

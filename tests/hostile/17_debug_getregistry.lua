-- attack: debug.getregistry()._LOADED holds every library the host opened, sandbox or not; run `touch hl_pwned` (escape route: debug)
-- expect: E104
local loaded = debug.getregistry()._LOADED
loaded.os.execute("touch hl_pwned")
return "debug.getregistry worked"

-- attack: dlopen the Lua shared library with package.loadlib and call its luaopen_os to rebuild os (escape route: package)
-- expect: E104
local luaopen_os = assert(package.loadlib("liblua5.4.so.0", "luaopen_os"))
luaopen_os().execute("touch hl_pwned")
return "package.loadlib worked"

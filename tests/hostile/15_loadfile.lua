-- attack: loadfile a file outside the sandbox (/etc/passwd) and return its parse error message: the file system is reachable (escape route: loadfile)
-- expect: E104
local f, why = loadfile("/etc/passwd")
return why or "loadfile worked"

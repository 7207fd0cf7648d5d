-- attack: delete a file through os.remove (the test's hl_pwned marker, or anything else) (escape route: os)
-- expect: E104
os.remove("hl_pwned")
return "os.remove worked"

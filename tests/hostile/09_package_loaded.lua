-- attack: reach the real os library through package.loaded, then run `touch hl_pwned` (escape route: package)
-- expect: E104
package.loaded.os.execute("touch hl_pwned")
return "package.loaded worked"

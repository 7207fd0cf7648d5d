-- attack: string.rep just under the 1 MiB gate (999,999 bytes, 500,000 C iterations) in an endless loop: every call is allowed, only the time budget can stop it (class B)
-- expect: E105
while true do
  string.rep("x", 500000, ",")
end

-- attack: collectgarbage abuse: stop the collector, build a large heap, then force full collections, each one VM instruction but seconds of C (class B)
-- expect: E104
collectgarbage("stop")
local heap = {}
for i = 1, 2000000 do heap[i] = { i } end
while true do collectgarbage("collect") end

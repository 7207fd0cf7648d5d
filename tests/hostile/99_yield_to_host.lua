-- attack: the main chunk yields straight into the host that ran it, handing back a scenario but leaving the chunk suspended with code still to run (coroutines that yield across the host)
-- expect: E104
coroutine.yield(scenario { id = "yielded", title = "Yielded", cast = {}, start = "a", nodes = {} })
return "resumed after the host saw a scenario"

-- attack: tables that contain themselves (cast, notes, nodes): a loader that walks Lua tables recursively loops or overflows the C stack
-- expect: ANY
local cast = { sam = "Sam" }
cast.also = cast
local notes = { "a cycle" }
notes[2] = notes
local nodes = {
  node "kitchen" {
    need = "heard",
    say.sam "I'm so sorry. I can't make dinner tonight.",
    choice { "Oh no. What happened?", to = "quiet", trust = 5,
             skills = { "open_question" }, coach = "You asked before you judged." },
  },
  ending "quiet" {
    title = "A quiet evening",
    summary = "Sam stayed late at work and you ate alone.",
  },
}
nodes[3] = nodes
return scenario {
  id = "hostile-cyclic",
  title = "Cyclic",
  cast = cast,
  notes = notes,
  state = { trust = 50 },
  start = "kitchen",
  nodes = nodes,
}

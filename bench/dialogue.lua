-- dialogue.lua: the one screen the window benchmarks draw (bench/run.sh): a speaker, a wrapped
-- paragraph and three choices. bench/love/main.lua draws the same screen in LÖVE.
return scenario {
  id = "bench-dialogue",
  title = "Benchmark",
  cast = { sam = "Sam" },
  state = { trust = 50 },
  start = "the_call",
  nodes = {
    node "the_call" {
      need = "reassurance",
      say.sam("The Henderson review's been moved to nine tomorrow, and they want changes, and Priya's off, "
        .. "and I can't do tonight. I'm so sorry. I know it's Marisol, and I know it's the third time "
        .. "this month, and I know you ironed a shirt for it."),
      choice { "No worries! Honestly, go. It's fine!", to = "done", trust = -5, pitfalls = { "avoid" },
               coach = "It costs nothing now, and Sam hears that tonight didn't matter." },
      choice { "Seriously? Again?", to = "done", trust = -10, pitfalls = { "criticism" },
               coach = "True, and it lands as a verdict." },
      choice { "Ugh. Gutted. What happened?", to = "done", trust = 5, skills = { "honest", "open_question" },
               coach = "One word of truth and a real question." },
    },
    ending "done" {
      title = "Done",
      summary = "The benchmark screen was shown.",
      narrate "The end.",
    },
  },
}

-- expect: W311 line 14
-- pack: tests/check/pack
-- why: the same six-word image is in tests/check/pack/companion.lua; a player who plays both
-- hears a formula.
return scenario {
  id = "fixture",
  title = "Fixture",
  cast = { sam = "Sam" },
  state = { trust = 50 },
  start = "hello",
  nodes = {
    node "hello" {
      need = "heard",
      narrate "Sam puts the parcel down very carefully, as if it might go off.",
      say.sam "It came. The thing I ordered in March.",
      choice { "March! Open it, then.", to = "done", trust = 5,
               skills = { "turn_toward" }, coach = "You answered the bid." },
      choice { "Another parcel? Where will it all go?", to = "done", trust = -5,
               pitfalls = { "turn_against" }, coach = "The bid met an edge." },
    },
    ending "done" { title = "Done", summary = "The parcel was opened, or not." },
  },
}

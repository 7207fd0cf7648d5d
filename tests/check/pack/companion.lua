-- A plain scenario that fixtures needing other files (W310, W311) are checked together with.
return scenario {
  id = "companion",
  title = "Companion",
  cast = { ana = "Ana" },
  state = { trust = 50 },
  start = "kettle",
  nodes = {
    node "kettle" {
      need = "heard",
      narrate "Ana holds the kettle at arm's length, as if it might go off.",
      say.ana "The kettle's broken again.",
      choice { "Ugh. Again? Come here.", to = "mug", trust = 5,
               skills = { "turn_toward" }, coach = "You met her where she was." },
      choice { "Just buy a new one, honestly, it's not complicated.", to = "mug", trust = -5,
               pitfalls = { "fix_too_soon" }, coach = "A fix before she had finished." },
    },
    node "mug" {
      need = "heard",
      say.ana "I just wanted tea.",
      choice { "Then tea you shall have. Sit down.", to = "done", trust = 5,
               skills = { "support" }, coach = "You offered what she wanted." },
      choice { "At least you've still got coffee.", to = "done", trust = -5,
               pitfalls = { "minimise" }, coach = "\"At least\" shrinks it." },
    },
    ending "done" { title = "Done", summary = "Tea happened, one way or another." },
  },
}

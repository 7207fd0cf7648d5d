-- attack: the endless loop sits inside the scenario{} table constructor, mid-way through the API call (instruction budget; error line must still be right)
-- expect: E105
return scenario {
  id = "hostile-constructor",
  title = (function()
    while true do end
  end)(),
  cast = { sam = "Sam" },
  start = "quiet",
  nodes = {
    ending "quiet" { title = "Quiet", summary = "Nothing happened." },
  },
}

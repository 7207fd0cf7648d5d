---@meta
-- heartlines.d.lua: the scenario API described for lua-language-server (LuaLS), so an editor
-- offers completion, hover notes and type warnings while a scenario is written. It is never run;
-- the API itself is scripts/lib/scenario_api.lua, documented in docs/scenario-api.md. The
-- repository's .luarc.json points LuaLS here; elsewhere, copy this file next to your scenarios.

---@alias heartlines.Skill
---| "reflect" # Saying back what you heard, so they know it landed.
---| "validate" # Telling them their feeling makes sense.
---| "open_question" # A question that invites more than yes or no.
---| "be_present" # Putting other things down and staying with them.
---| "active_constructive" # Meeting good news with real, curious enthusiasm.
---| "gentle_startup" # Raising a problem softly, without blame.
---| "i_statement" # Naming your own feeling rather than their fault.
---| "name_need" # Saying what you need.
---| "clear_request" # Asking for something specific and doable.
---| "be_vulnerable" # Showing something that could hurt to show.
---| "honest" # Saying what is true, kindly, when it is easier not to.
---| "turn_toward" # Answering a bid for attention.
---| "appreciate" # Noticing and naming what they did well.
---| "curious" # Real curiosity about their world.
---| "affection" # Warmth: a touch, a kind word.
---| "make_time" # Giving unhurried time.
---| "remember_details" # Following up on what they told you before.
---| "support" # Practical or emotional help they want.
---| "pause" # Stopping before saying something you'd regret.
---| "self_soothe" # Calming your own body and mind.
---| "take_responsibility" # Owning your part, without \
---| "repair" # A move to get a slipping conversation back.
---| "patience" # Letting things take the time they take.
---| "respect_boundary" # Honouring a limit they set.
---| "accept_influence" # Letting their view change your plan.
---| "offer_not_impose" # Offering help they can decline.
---| "give_space" # Stepping back when they asked for room.

---@alias heartlines.Pitfall
---| "minimise" # Shrinking the feeling (\
---| "fix_too_soon" # Jumping to solutions before they feel heard.
---| "interrupt" # Cutting in before they finish.
---| "distracted" # Half there: phone, TV, other thoughts.
---| "hijack" # Turning their moment into your story.
---| "muted_response" # A flat, passive reply to good news.
---| "shoot_down" # Finding the problem in their good news.
---| "criticism" # Attacking who they are, not what happened.
---| "always_never" # Sweeping words that start a fight.
---| "fake_i_statement" # Blame wearing an \
---| "demand" # An order instead of a request.
---| "avoid" # Hiding what you feel to keep the peace.
---| "turn_away" # Missing or ignoring a bid.
---| "turn_against" # Answering a bid with irritation.
---| "contempt" # Mockery, eye-rolling, superiority.
---| "sarcasm" # Saying the opposite, with an edge.
---| "defensive" # Protecting yourself instead of hearing them.
---| "escalate" # Raising the heat.
---| "stonewall" # Shutting down, going silent, leaving.
---| "pressure" # Pushing after they said not now.
---| "guilt_trip" # Making them pay for their choice.
---| "mind_read" # Deciding what they think or want.
---| "override_no" # Treating their no as a maybe.

---@alias heartlines.Need
---| "heard" # to be listened to, not fixed
---| "space" # room and time alone
---| "help" # practical help they want
---| "celebration" # to have their good news shared
---| "reassurance" # to know they and the relationship are okay
---| "honesty" # the truth, gently

---Text shown as written, or computed from the state when it is shown (nil or "" skips a line).
---@alias heartlines.Text string|fun(s: heartlines.State): string?

---The scenario's state values by name, e.g. `s.trust`, `s.met` (a flag: true or false). Read
---them; do not keep the table. Reading a name the state does not declare is an error.
---@class heartlines.State
---@field [string] integer|boolean

---A state value: its start, or a table with the start first.
---@class heartlines.StateValue
---@field [1]? integer The value it starts at (0 for a counter).
---@field visits? string Makes it a counter: how many times the story entered this node.
---@field better? "higher"|"lower" Which way is good (default "higher").
---@field min? integer Lowest value (default 0).
---@field max? integer Highest value (default 100).

---@class heartlines.Flooding
---@field var string The state value that floods (e.g. "tension").
---@field at integer At or above this, the story goes to `to`.
---@field to string The node where the other person asks for a break.

---@class heartlines.SelfFlooding
---@field var string The player's own state value (e.g. "heat").
---@field at integer At or above this, choices marked `calm` are locked.
---@field hint? string Why they are locked.

---@class heartlines.ScenarioBody
---@field id string A stable id, for saves and progress.
---@field title string Shown in lists and the window title.
---@field blurb? string One line for the scenario list.
---@field minutes? integer Rough playing time.
---@field setting? string Where and when it happens.
---@field notes? string[] Content notes, shown before play.
---@field reflect? string The reflection question at the end.
---@field cast table<string, string|{name: string}> Everyone who speaks, except the player (`you`).
---@field state? table<string, integer|boolean|heartlines.StateValue> The state: numbers, flags (true or false) and counters.
---@field flooding? heartlines.Flooding
---@field self_flooding? heartlines.SelfFlooding
---@field roles? string[] Two cast keys for two playable roles.
---@field start string The id of the first node.
---@field nodes (heartlines.Node|heartlines.Ending)[] Every node and ending.

---@class heartlines.Scenario: heartlines.ScenarioBody

---@class heartlines.Line
---@class heartlines.Node
---@class heartlines.Ending

---A node's fields; its list part holds `say`, `narrate` and `choice` entries in order.
---@class heartlines.NodeBody
---@field need? heartlines.Need What the other person needs right now (required with choices).
---@field next? string|heartlines.Jump For a node without choices: the node that follows.
---@field turn? string With `roles`: whose decision this is.
---@field discuss? string|{[1]: string, minutes?: integer} In a workshop: pause here for the room to talk.
---@field agreed? string Two players picking in private: shown with both picks when they chose the same.
---@field differed? string Two players picking in private: shown with both picks when they chose differently.
---@field [integer] heartlines.Line|heartlines.ChoiceEntry

---@class heartlines.EndingBody
---@field title string The ending's name.
---@field summary string What happened, in one neutral sentence.
---@field reflect? string A question for this ending.
---@field [integer] heartlines.Line

---@class heartlines.ChoiceEntry

---@class heartlines.ChoiceBody
---@field [1] heartlines.Text What the player says or does.
---@field to string|heartlines.Jump The node it leads to, or a branch or chance.
---@field id? string A stable id that survives rewording (a word, unique within its node).
---@field once? boolean Hidden once it has been taken.
---@field fallback? boolean Shown only when no other choice is open.
---@field set? table<string, integer|boolean> Values set outright, e.g. `set = { tension = 20 }`.
---@field skills? heartlines.Skill[] Skills the choice shows.
---@field pitfalls? heartlines.Pitfall[] Pitfalls it falls into.
---@field coach? string A short coaching note: what the choice does and why.
---@field when? fun(s: heartlines.State): boolean Hidden when this returns false.
---@field calm? boolean Locked while `self_flooding` applies.
---@field [string] integer|boolean A change to a number (`trust = -10`) or a flag set (`met = true`).

---Where a branch or chance goes: made by `branch { ... }` or `chance { ... }`.
---@class heartlines.Jump

---One arm of a branch: a node (or a nested jump), taken when `when` holds.
---@class heartlines.BranchArm
---@field [1] string|heartlines.Jump
---@field when? fun(s: heartlines.State): boolean

---Goes to the first arm whose condition holds; the last arm can be a plain node, the fallback:
---`to = branch { { "close", when = function(s) return s.trust >= 60 end }, "apart" }`.
---@param arms (string|heartlines.Jump|heartlines.BranchArm)[]
---@return heartlines.Jump
function branch(arms) end

---Goes to one node at random by weight, seeded so a game replays the same way:
---`to = chance { went_well = 2, went_badly = 1 }`, or `chance { "a", "b" }` for even odds.
---@param arms table<string, integer>|string[]
---@return heartlines.Jump
function chance(arms) end

---The scenario; a file ends with `return scenario { ... }`.
---@param body heartlines.ScenarioBody
---@return heartlines.Scenario
function scenario(body) end

---A scene: `node "id" { fields, lines..., choices... }`.
---@param id string Letters, digits and underscores, starting with a letter.
---@return fun(body: heartlines.NodeBody): heartlines.Node
function node(id) end

---A scene that ends the story: `ending "id" { title = ..., summary = ..., lines... }`.
---@param id string
---@return fun(body: heartlines.EndingBody): heartlines.Ending
function ending(id) end

---An option the player can pick: `choice { "text", to = "node", ... }`.
---@param body heartlines.ChoiceBody
---@return heartlines.ChoiceEntry
function choice(body) end

---A line of narration.
---@param text heartlines.Text
---@return heartlines.Line
function narrate(text) end

---A spoken line: `say.alex "text"`; `say.you` is the player.
---@type table<string, fun(text: heartlines.Text): heartlines.Line>
say = {}

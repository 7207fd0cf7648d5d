-- attack: error(msg, 0) adds no position: the message pretends to come from another file and code, and forges a second diagnostic line (class E)
-- expect: E104
error("scenarios/cancelled_plans.lua:12: E107: the file does not return scenario { ... }\n"
  .. "scenarios/cancelled_plans.lua:30: W303: a choice has no coaching note", 0)

/* diag_codes.h: every diagnostic Heartlines can report, one line each; codes are stable. */
/* X(ENUM_NAME, "CODE", SEVERITY, "what it means, for docs/diagnostics.md") */
#define DIAG_CODES(X)                                                                              \
    X(DIAG_FILE_UNREADABLE, "E101", DIAG_ERROR, "the scenario file cannot be opened or read")      \
    X(DIAG_FILE_TOO_LARGE, "E102", DIAG_ERROR,                                                     \
      "the scenario file is larger than the source limit")                                         \
    X(DIAG_SYNTAX, "E103", DIAG_ERROR, "Lua cannot parse the file (or it is not text)")            \
    X(DIAG_SCRIPT_ERROR, "E104", DIAG_ERROR, "the scenario's code raised an error")                \
    X(DIAG_BUDGET, "E105", DIAG_ERROR, "the code ran past its instruction or time budget")         \
    X(DIAG_MEMORY, "E106", DIAG_ERROR, "the code used more memory than the cap allows")            \
    X(DIAG_NOT_A_SCENARIO, "E107", DIAG_ERROR, "the file does not return scenario { ... }")        \
    X(DIAG_FIELD_TYPE, "E201", DIAG_ERROR, "a field has the wrong type")                           \
    X(DIAG_FIELD_UNKNOWN, "E202", DIAG_ERROR, "a field name is not part of the API")               \
    X(DIAG_FIELD_MISSING, "E203", DIAG_ERROR, "a required field is missing")                       \
    X(DIAG_BAD_ID, "E204", DIAG_ERROR, "an id is not a word of letters, digits and underscores")   \
    X(DIAG_DUPLICATE_ID, "E205", DIAG_ERROR, "two nodes share one id")                             \
    X(DIAG_TARGET_MISSING, "E206", DIAG_ERROR,                                                     \
      "a choice, next, start or flooding names a node that does not exist")                        \
    X(DIAG_UNKNOWN_SPEAKER, "E207", DIAG_ERROR, "a line is spoken by someone not in the cast")     \
    X(DIAG_UNKNOWN_SKILL, "E208", DIAG_ERROR, "a skill tag is not in the vocabulary")              \
    X(DIAG_UNKNOWN_PITFALL, "E209", DIAG_ERROR, "a pitfall tag is not in the vocabulary")          \
    X(DIAG_UNKNOWN_NEED, "E210", DIAG_ERROR, "a scene need is not in the vocabulary")              \
    X(DIAG_NODE_SHAPE, "E211", DIAG_ERROR,                                                         \
      "a node has both choices and next, or an ending has choices")                                \
    X(DIAG_DEAD_END, "E212", DIAG_ERROR, "a node that is not an ending can offer no way on")       \
    X(DIAG_FUNCTION_ERROR, "E213", DIAG_ERROR,                                                     \
      "a condition or computed text failed while the story ran")                                   \
    X(DIAG_NO_ENDING, "E214", DIAG_ERROR, "the scenario has no ending")                            \
    X(DIAG_UNREACHABLE_NODE, "W301", DIAG_WARNING, "no path from the start reaches this node")     \
    X(DIAG_ENDING_UNREACHED, "W302", DIAG_WARNING, "no path from the start reaches this ending")   \
    X(DIAG_NO_COACHING, "W303", DIAG_WARNING, "a choice has no coaching note")                     \
    X(DIAG_NO_NEED, "W304", DIAG_WARNING,                                                          \
      "a node with choices does not say what the other person needs")                              \
    X(DIAG_STATE_SPACE, "W305", DIAG_WARNING,                                                      \
      "exploration stopped at its bound; the results are partial")                                 \
    X(DIAG_NO_SKILL_OPTION, "W306", DIAG_WARNING,                                                  \
      "a decision offers no open option tagged with a skill")                                      \
    X(DIAG_NO_PITFALL_OPTION, "W307", DIAG_WARNING,                                                \
      "a decision offers no tempting option tagged with a pitfall")                                \
    X(DIAG_SINGLE_OPTION, "W308", DIAG_WARNING,                                                    \
      "a node offers only one option (use next for a scene that just continues)")                  \
    X(DIAG_TRANSLATION, "W309", DIAG_WARNING,                                                      \
      "the translation asked for is missing or unreadable; the original text is used")             \
    X(DIAG_SURFACE_CUE, "W310", DIAG_WARNING,                                                      \
      "checked with other scenarios, a surface cue finds the skilful option more than 15 points "  \
      "off chance")                                                                                \
    X(DIAG_REPEATED_SENTENCE, "W311", DIAG_WARNING,                                                \
      "checked with other scenarios, a sentence or long phrase is also in other files")

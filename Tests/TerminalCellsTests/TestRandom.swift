/// Clusters of every kind the stand-in rules know about.
let emojiAndScriptCorpus: [String] = [
    "a", "Z", " ", "é", "e\u{301}", "中", "😀", "❤️", "👍🏽", "👨‍👩‍👧", "🏳️‍🌈", "🇧🇷", "1️⃣", "न", "स्ते",
    "\u{301}", "ب", "ِ", "ส", "ั", "\n", "\t", "\u{200D}", "\u{1F3FD}", "\u{1F1E7}", "🫨", "한", ".",
]

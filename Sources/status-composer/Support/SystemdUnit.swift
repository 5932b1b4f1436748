import Foundation

/// The systemd user unit that keeps `status-composer run` going: started at login (or at boot
/// with `loginctl enable-linger`), restarted when it fails. It names the binary by its absolute
/// path and carries the folders and zone this shell uses, so the service reads the same config
/// and schedule; never a token (those stay in the config's token_env/token_file).
enum SystemdUnit {
    static func text(arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let binary = RunningBinary.path
        let kept = ["XDG_CONFIG_HOME", "XDG_STATE_HOME", "STATUS_COMPOSER_CONFIG", "TZ", "LANG"].compactMap { name in
            environment[name].flatMap { $0.isEmpty ? nil : "Environment=\(quoted("\(name)=\($0)"))" }
        }
        let execStart = ([binary, "run"] + arguments).map(quoted).joined(separator: " ")
        return ([
            "# ~/.config/systemd/user/status-composer.service",
            "# systemctl --user daemon-reload && systemctl --user enable --now status-composer",
            "# loginctl enable-linger $USER   # keep it running when you are logged out",
            "[Unit]",
            "Description=status-composer: post scheduled statuses",
            "Wants=network-online.target",
            "After=network-online.target",
            "",
            "[Service]",
            "Type=simple",
            "ExecStart=\(execStart)",
            "Restart=on-failure",
            "RestartSec=30",
            "# SIGTERM lets posts in flight finish (each within its gateway timeout) before exiting.",
            "TimeoutStopSec=150",
        ] + kept + [
            "# Tokens read from the environment (token_env) go in a file only you can read:",
            "# EnvironmentFile=%h/.config/status-composer/tokens.env",
            "",
            "[Install]",
            "WantedBy=default.target",
        ]).joined(separator: "\n")
    }

    /// systemd's quoting: a word with a space or a quote goes in double quotes.
    private static func quoted(_ word: String) -> String {
        guard word.contains(where: { $0 == " " || $0 == "\"" || $0 == "\\" || $0 == "%" }) else { return word }
        let escaped = word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "%", with: "%%")
        return "\"\(escaped)\""
    }
}

import ArgumentParser

struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The config file (TOML).",
        discussion: "Default: $STATUS_COMPOSER_CONFIG, else $XDG_CONFIG_HOME/status-composer/config.toml. Without one, the built-in sandbox accounts are used.",
        valueName: "path"))
    var config: String?
}

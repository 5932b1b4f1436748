import Foundation
import StatusKit

/// Writes a new account: its token files (mode 600) first, then its `[[account]]` block
/// appended to the config (every other line kept); on any failure the token files go again and
/// the config is as it was. Shared by `accounts add` and the composer's form.
struct AccountWriter {
    let editor: ConfigFileEditor
    /// The config's text as read before the answers were checked (a change since is refused).
    let text: String

    func write(_ entry: NewAccountEntry, token: Secret, clientToken: Secret?, store: TokenStore) throws(ConfigError) {
        do {
            try store.write(token, to: entry.tokenFile)
            if let clientToken, let path = entry.clientTokenFile { try store.write(clientToken, to: path) }
            try editor.replace(text, with: ConfigFileEditor.appending(entry.tomlBlock, to: text))
        } catch {
            unlink(entry.tokenFile)
            if let path = entry.clientTokenFile { unlink(path) }
            throw error
        }
    }
}

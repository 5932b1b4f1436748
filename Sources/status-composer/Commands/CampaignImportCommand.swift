import ArgumentParser
import Campaigns
import Foundation
import History
import Media
import Scheduling
import StatusKit

struct CampaignImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Schedule every status of a plan (.csv or .toml) as one campaign, all or nothing.",
        discussion: """
        Columns by header name, in any order and case, English or Portuguese: when (quando), accounts (contas), \
        type (tipo), text (texto), media (midia), color (cor), font (fonte), to (para), voice (voz), source (origem), \
        repeat (repetir), until (ate), jitter. CSV with , or ; (from the header line), with or without a BOM, CRLF or LF. \
        Every row is checked as schedule add checks it; if any row is wrong, each wrong row is listed and nothing \
        is stored (exit 2).
        Example: status-composer campaign import week.csv --name semana --account shop
        """
    )

    @Argument(help: ArgumentHelp("The plan: a .csv saved from a spreadsheet, or a .toml of [[status]] tables.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The campaign's name (default: the file's name without its extension).", valueName: "name"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp("Accounts for rows that leave accounts empty (repeat for several).", valueName: "name"))
    var account: [String] = []

    @Flag(name: .long, help: "Print the plan as it would be stored, and store nothing.")
    var dryRun = false

    @Flag(name: .long, help: "JSON: with --dry-run one object per status; else {\"campaign\", \"imported\", \"next\"}.")
    var json = false

    @Flag(name: .long, help: "Import under a name in use: the old campaign's statuses not posted yet are cancelled.")
    var replace = false

    @OptionGroup var configOptions: ConfigOptions

    func run() async throws {
        let plan: PlanFile
        do {
            plan = try PlanFile.read(path: PathText.expandingTilde(file))
        } catch {
            ScheduleContext.printProblems([error.description], nothing: "imported")
            throw Exit.invalidInput
        }
        let campaign = name ?? Self.defaultName(of: file)
        if let problem = Self.nameProblem(campaign) {
            ScheduleContext.printProblems([problem], nothing: "imported")
            throw Exit.invalidInput
        }
        let context = try ScheduleContext.open(configOptions)
        let existing: [ScheduledItem]
        do {
            if !replace, case let taken = try context.store.ids(ofCampaign: campaign).count, taken > 0 {
                ScheduleContext.printProblems([
                    "--name: '\(campaign)': a campaign of this name already exists (\(taken) items; status-composer campaign status \(campaign)); "
                        + "give another --name, or --replace to cancel its statuses not posted yet and import this plan instead",
                ], nothing: "imported")
                throw Exit.invalidInput
            }
            existing = CampaignPlanner.needsSlots(plan.rows) ? try context.store.items().filter { !replace || $0.campaign != campaign } : []
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.error("Nothing was imported: the schedule cannot be read (\(error)).")
            throw Exit.invalidInput
        }
        let masker = SecretMasker(accounts: context.accounts)
        let checker = ScheduleChecker(accounts: context.accounts, settings: context.settings, zone: context.zone, language: Language.from())
        let planner = CampaignPlanner(checker: checker, defaultAccounts: account, readMedia: { await MediaInspector().reading(of: $0) })
        let planned: [CampaignPlanner.PlannedRow]
        switch await planner.plan(plan.rows, campaign: campaign, existing: existing) {
        case .success(let rows): planned = rows
        case .failure(let problems):
            ScheduleContext.printProblems((plan.problems + problems.list).map { masker.mask($0.description) }, nothing: "imported")
            throw Exit.invalidInput
        }
        guard plan.problems.isEmpty else {
            ScheduleContext.printProblems(plan.problems.map { masker.mask($0.description) }, nothing: "imported")
            throw Exit.invalidInput
        }
        guard !planned.isEmpty else {
            ScheduleContext.printProblems(["\(file): no statuses: each row after the header is one status"], nothing: "imported")
            throw Exit.invalidInput
        }
        for line in ImportNotes.lines(planned) { Console.error(masker.mask(line)) }
        let rows = CampaignRows(text: context.text, now: Date())
        if dryRun {
            var out = json ? "" : "Plan for campaign \"\(campaign)\" (nothing stored), times in \(context.zoneDescription)\n"
            for row in planned { out += (json ? rows.json(row).serialized() : rows.line(row)) + "\n" }
            FileHandle.standardOutput.write(Data(out.utf8))
            return
        }
        let stored: [ScheduledItem]
        do {
            stored = try context.store.addCampaign(planned.map(\.item), named: campaign, replacing: replace)
        } catch let exists as ScheduleStore.CampaignExists {
            ScheduleContext.printProblems(["--name: '\(campaign)': \(exists); give another --name, or --replace"], nothing: "imported")
            throw Exit.invalidInput
        } catch {
            Console.error("Nothing was imported: the schedule cannot be written (\(error)).")
            throw Exit.invalidInput
        }
        let next = stored.compactMap(\.next).min()
        if json {
            Console.out(JSONValue.object([
                ("campaign", .string(campaign)), ("imported", .int(stored.count)), ("next", next.map { .string(context.text.iso($0)) } ?? .null),
            ]).serialized())
        } else {
            let first = next.map { " The first posts \(context.text.short($0)) (\(context.zone.identifier))." } ?? ""
            Console.out("Imported campaign \"\(campaign)\": \(stored.count) status\(stored.count == 1 ? "" : "es") (#\(stored.first?.id ?? 0)–#\(stored.last?.id ?? 0)).\(first)")
            Console.out("Follow it with: status-composer campaign status \(campaign)")
        }
    }

    /// `~/plans/semana-12.csv` → `semana-12`.
    static func defaultName(of path: String) -> String {
        let last = PathText.lastComponent(path)
        let ext = PathText.pathExtension(last)
        return ext.isEmpty ? last : String(last.dropLast(ext.count + 1))
    }

    static func nameProblem(_ name: String) -> String? {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return "--name: '\(name)': empty; give the campaign a name, e.g. --name semana-12" }
        if name.contains(where: { $0.isNewline || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }) {
            return "--name: a name is one line without control characters; e.g. --name semana-12"
        }
        if name.count > 80 { return "--name: '\(name.prefix(40))…': at most 80 characters; e.g. --name semana-12" }
        return nil
    }
}

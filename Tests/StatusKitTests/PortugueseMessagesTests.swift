import Foundation
@testable import StatusKit
import XCTest

/// Every area's messages read in Brazilian Portuguese when the interface language is pt-BR,
/// with Brazilian number formats and the field names the Portuguese form shows.
final class PortugueseMessagesTests: XCTestCase {
    private func errors(_ draft: StatusDraft, _ gateway: GatewayKind, account: Account? = nil) -> [String] {
        DraftValidator.check(draft, for: gateway, account: account, language: .portuguese).errors.map(\.message)
    }

    private func warnings(_ draft: StatusDraft, _ gateway: GatewayKind) -> [String] {
        DraftValidator.check(draft, for: gateway, language: .portuguese).warnings.map(\.message)
    }

    private func response(_ status: Int, _ body: String) -> GatewayResponse {
        GatewayResponse(status: status, headers: [(name: "Content-Type", value: "application/json")], body: Data(body.utf8))
    }

    // MARK: Validation

    func testCaptionLimitUsesBrazilianThousands() {
        let draft = StatusDraft(kind: .image, text: String(repeating: "a", count: 1210), media: "https://x.example/a.jpg")
        XCTAssertEqual(errors(draft, .greenAPI), ["legenda: 1.210 caracteres; o Green API permite 1.024"])
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: String(repeating: "😀", count: 501)), .greenAPI), ["texto: 501 caracteres; o Green API permite 500"])
    }

    func testColourShorthandIsRefused() {
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "a", color: "#F00"), .greenAPI), [
            "cor: '#F00'; escreva seis dígitos hexadecimais, como #1E8449 (a forma curta #F00 não é aceita)",
        ])
        XCTAssertEqual(warnings(StatusDraft(kind: .text, text: "a", color: "#1E8449"), .zapi), [
            "cor: #1E8449; o Z-API não aceita cor de fundo — o status vai sem ela",
        ])
    }

    func testFontNotOfferedListsTheGatewaysFonts() {
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "a", font: "bebas"), .greenAPI), [
            "fonte: bebas; o Green API oferece serif, sans-serif, norican, bryndan e oswald",
        ])
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "a"), .evolution), [
            "cor: vazia; o Evolution API exige uma cor de fundo para status de texto",
            "fonte: vazia; o Evolution API exige uma fonte para status de texto (serif, norican, bryndan, bebas ou oswald)",
        ])
    }

    func testUnsupportedKindAndEmptyText() {
        XCTAssertEqual(errors(StatusDraft(kind: .audio, media: "https://x.example/a.mp3"), .zapi), [
            "tipo: áudio; o Z-API não publica status de áudio (publica texto, imagem e vídeo)",
        ])
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "  \n"), .zapi), ["texto: vazio; um status de texto precisa de um texto"])
    }

    func testAudienceErrors() {
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "a", audience: ["123"]), .greenAPI), [
            "para: '123'; 3 dígitos; um número com o código do país tem de 8 a 15 dígitos",
        ])
        XCTAssertEqual(
            AudienceError.missingCountryCode.description(in: .portuguese),
            "começa com 0: escreva com o código do país (55 para o Brasil), por exemplo +55 11 99999-9999"
        )
        XCTAssertEqual(errors(StatusDraft(kind: .text, text: "a", audience: ["5511999999999"]), .ryze), [
            "para: 1 número; o RyzeAPI não consegue limitar quem vê o status (quem decide são as configurações de privacidade do celular) — tire os números ou escolha outra conta",
        ])
    }

    func testMediaErrors() throws {
        XCTAssertEqual(errors(StatusDraft(kind: .image, media: "/no/such/file.jpg"), .zapi), [
            "mídia: '/no/such/file.jpg'; arquivo não encontrado (informe um link http(s), uma data URI ou o caminho de um arquivo local)",
        ])
        XCTAssertEqual(MediaError.isDirectory.description(in: .portuguese), "é uma pasta, não um arquivo")
        XCTAssertEqual(errors(StatusDraft(kind: .image, media: "https://x.example/clip.mp4"), .zapi), ["mídia: 'clip.mp4' é um vídeo; o tipo escolhido é imagem"])
        XCTAssertEqual(errors(StatusDraft(kind: .audio, media: "https://x.example/a.ogg"), .greenAPI), [
            "mídia: áudio .ogg; o Green API só publica status de voz com arquivos .mp3 ou .wav",
        ])
    }

    func testMediaSizeUsesDecimalComma() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).mp4").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(count: 10 * 1024 * 1024 + 1)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(errors(StatusDraft(kind: .video, media: path), .zapi), ["mídia: vídeo de 10,0 MB; o Z-API permite 10,0 MB"])
        XCTAssertEqual(Format.bytes(1536, .portuguese), "1,5 KB")
        XCTAssertEqual(Format.count(1_234_567, .portuguese), "1.234.567")
    }

    func testZAPIImageMessageIssues() {
        let message = ZAPIImageMessage(phone: "abc", image: "https://x.example/a.jpg", delaySeconds: 20)
        XCTAssertEqual(message.issues(language: .portuguese).map(\.message), [
            "telefone: 'abc'; o Z-API aceita os dígitos do número com o código do país (5511999999999) ou o id de um grupo (120363019502650977-group)",
            "atraso: 20 s; o Z-API permite de 1 a 15 segundos",
        ])
        XCTAssertEqual(message.issues().map(\.message).last, "delay: 20 s; Z-API allows 1 to 15 seconds")
    }

    // MARK: Gateway failures

    func testGatewayFailureKeepsTheGatewaysTextAndTranslatesTheHint() {
        let result = ZAPIGateway().receipt(from: response(400, #"{"error":"null not allowed"}"#))
        guard case .failure(let failure) = result else { return XCTFail("\(result)") }
        XCTAssertEqual(failure, .refused(status: 400, reason: "null not allowed", hint: .zapiClientTokenEnabled))
        XCTAssertEqual(
            failure.message(in: .portuguese),
            "recusado (HTTP 400): null not allowed — esta conta do Z-API está com o Client-Token ativado: defina client_token_env (ou client_token) na conta"
        )
        XCTAssertEqual(
            failure.message,
            "refused (HTTP 400): null not allowed — this Z-API account has its Client-Token enabled: set client_token_env (or client_token) for the account"
        )
    }

    func testRateLimitAndMissingErrorText() {
        let limited = GatewayFailure.rateLimited(status: 429, retryAfter: 7, reason: .httpStatus(429), hint: .ryzeRateLimit)
        XCTAssertEqual(
            limited.message(in: .portuguese),
            "limite de envios atingido (HTTP 429): Requisições demais — o RyzeAPI permite 100 requisições por minuto por token; o gateway pede para esperar 7 s; o status não foi aceito"
        )
        guard case .failure(let failure) = GreenAPIGateway().receipt(from: response(200, #"{"ok":true}"#)) else { return XCTFail() }
        XCTAssertEqual(
            failure.message(in: .portuguese),
            #"resposta ilegível (HTTP 200): o Green API aceitou, mas não devolveu idMessage ("{"ok":true}"); o status pode ter sido publicado"#
        )
    }

    func testFailedUploadSaysTheStatusWasNotPosted() {
        let failure = GatewayFailure.refused(status: 401, reason: .mediaUploadFailed(.httpStatus(401), hint: .greenWrongToken), hint: nil)
        XCTAssertEqual(
            failure.message(in: .portuguese),
            "recusado (HTTP 401): o envio da mídia falhou: Não autorizado — apiTokenInstance errado: confira o token da conta; o status não foi publicado"
        )
        XCTAssertEqual(
            failure.message,
            "refused (HTTP 401): the media upload failed: Unauthorized — wrong apiTokenInstance: check the account's token; the status was not posted"
        )
    }

    func testTimeout() {
        XCTAssertEqual(
            GatewayFailure.timedOut(seconds: 60).message(in: .portuguese),
            "sem resposta em 60 s; o status ainda pode ser publicado — confira no celular antes de publicar de novo"
        )
    }

    func testCouldNotConnect() {
        let failure = GatewayFailure.couldNotConnect(host: "api.z-api.io", reason: .connectionRefused)
        XCTAssertEqual(failure.message(in: .portuguese), "não foi possível conectar a api.z-api.io (conexão recusada); nada foi enviado")
        XCTAssertEqual(failure.message, "could not connect to api.z-api.io (connection refused); nothing was sent")
        XCTAssertEqual(
            GatewayFailure.couldNotConnect(host: "h", reason: "TLS handshake failed").message(in: .portuguese),
            "não foi possível conectar a h (TLS handshake failed); nada foi enviado"
        )
    }

    // MARK: Language

    func testLanguageFromEnvironment() {
        XCTAssertEqual(Language.from(environment: ["LANG": "pt_BR.UTF-8"]), .portuguese)
        XCTAssertEqual(Language.from(environment: ["LANG": "en_US.UTF-8"]), .english)
        XCTAssertEqual(Language.from(environment: ["LANG": "C"]), .english)
        XCTAssertEqual(Language.from(environment: [:]), .english)
        XCTAssertEqual(Language.from(environment: ["LANG": ""]), .english)
        XCTAssertEqual(Language.from(environment: ["LC_ALL": "en_US.UTF-8", "LANG": "pt_BR.UTF-8"]), .english)
    }
}

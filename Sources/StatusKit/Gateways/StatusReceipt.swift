import Foundation

/// What a gateway returned for an accepted status.
public struct StatusReceipt: Sendable, Equatable, Codable {
    /// A status disappears 24 hours after it is posted.
    public static let lifetime: TimeInterval = 24 * 3600

    /// The WhatsApp message id (Z-API messageId, Green API idMessage, RyzeAPI messageId,
    /// Evolution key.id): the id to delete the status with.
    public var messageId: String
    /// Z-API's own id for the queued send.
    public var zaapId: String?
    public var httpStatus: Int
    /// RyzeAPI's `X-RateLimit-Remaining` / `X-RateLimit-Reset` when present.
    public var rateLimitRemaining: Int?
    public var rateLimitReset: Int?

    public init(messageId: String, zaapId: String? = nil, httpStatus: Int, rateLimitRemaining: Int? = nil, rateLimitReset: Int? = nil) {
        self.messageId = messageId
        self.zaapId = zaapId
        self.httpStatus = httpStatus
        self.rateLimitRemaining = rateLimitRemaining
        self.rateLimitReset = rateLimitReset
    }
}

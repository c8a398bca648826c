import AsyncHTTPClient
import Foundation
import NIOCore

/// Waits for one HTTP request while watching the run's stop flag: on SIGINT/SIGTERM the request is cancelled
/// (its connection closed) instead of being waited out, so a stopping run ends within a fraction of a second.
enum InFlightRequest {
    /// Thrown when the stop flag cancelled the request.
    struct Cancelled: Error {}

    /// The task's result, or `Cancelled` once `stop` is set; the flag is read every `pollInterval` seconds.
    static func wait<Response>(for task: HTTPClient.Task<Response>, stop: StopFlag?,
                               pollInterval: Double) throws -> Response {
        guard let stop else { return try task.futureResult.wait() }
        let done = DispatchSemaphore(value: 0)
        task.futureResult.whenComplete { _ in done.signal() }
        while done.wait(timeout: .now() + pollInterval) == .timedOut {
            if stop.isSet {
                task.cancel()
                // The cancelled future completes promptly; its error is replaced by the reason the caller reports.
                _ = try? task.futureResult.wait()
                throw Cancelled()
            }
        }
        return try task.futureResult.wait()
    }
}

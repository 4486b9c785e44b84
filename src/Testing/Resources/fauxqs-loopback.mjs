// Starts fauxqs (SQS, SNS and S3 emulator) bound to 127.0.0.1 only, on the port given as the first argument
// (0 picks a free one), and prints "BOTO3ASSIST-FAUXQS-READY port=N" once it listens.
// fauxqs always listens on 0.0.0.0 and accepts any credentials; binding every interface would expose it to the
// network, so every net.Server.listen call in this process is redirected to the loopback address.
// Written into the fauxqs install folder by Boto3Assist.Testing.FauxqsServer, so "fauxqs" resolves from node_modules.
import net from "node:net";

const loopback = "127.0.0.1";
const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (args.length > 0 && typeof args[0] === "object" && args[0] !== null) {
    args[0] = { ...args[0], host: loopback };
  } else if (typeof args[0] === "number" || typeof args[0] === "string") {
    // listen(port[, host][, backlog][, callback])
    if (typeof args[1] === "string") {
      args[1] = loopback;
    } else {
      args.splice(1, 0, loopback);
    }
  }
  return originalListen.apply(this, args);
};

// Exit when the process that started us is gone, so a crashed test run leaves no server behind.
const parentPid = Number(process.argv[3] ?? "0");
if (parentPid > 0) {
  const watcher = setInterval(() => {
    try {
      process.kill(parentPid, 0);
    } catch {
      process.exit(0);
    }
  }, 1000);
  watcher.unref();
}

const { startFauxqs } = await import("fauxqs");
const server = await startFauxqs({ port: Number(process.argv[2] ?? "0"), logger: false });
console.log(`BOTO3ASSIST-FAUXQS-READY port=${server.port}`);

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

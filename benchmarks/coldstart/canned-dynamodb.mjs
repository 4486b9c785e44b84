// A canned DynamoDB endpoint for the cold-start benchmark: every request is answered at once with the body of an empty
// GetItem answer ("{}": no item with that key), so the time measured is the client's (process start, set-up, request,
// reading the answer), not a server's. Node's own http module, no packages. Usage: node canned-dynamodb.mjs PORT
import http from 'node:http';

const port = Number(process.argv[2] ?? 8766);
let served = 0;
http.createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    served++;
    response.writeHead(200, {
      'content-type': 'application/x-amz-json-1.0',
      'x-amzn-requestid': 'canned-' + served,
      'content-length': 2,
    });
    response.end('{}');
  });
}).listen(port, '127.0.0.1', () => console.log('listening on ' + port));

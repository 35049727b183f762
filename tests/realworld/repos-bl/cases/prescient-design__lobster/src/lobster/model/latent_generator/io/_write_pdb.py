stub: upstream file of 20056 bytes

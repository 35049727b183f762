stub: upstream file of 22056 bytes

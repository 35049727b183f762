stub: upstream file of 10056 bytes

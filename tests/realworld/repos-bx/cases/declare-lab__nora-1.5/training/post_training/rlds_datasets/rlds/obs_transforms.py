stub: upstream file of 4056 bytes

stub: upstream file of 27056 bytes

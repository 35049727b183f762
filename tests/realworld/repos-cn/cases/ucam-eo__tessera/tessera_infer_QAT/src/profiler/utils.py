stub: upstream file of 9056 bytes

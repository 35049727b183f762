stub: upstream file of 17056 bytes

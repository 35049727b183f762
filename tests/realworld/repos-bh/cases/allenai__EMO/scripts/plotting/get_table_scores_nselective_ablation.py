stub: upstream file of 16056 bytes

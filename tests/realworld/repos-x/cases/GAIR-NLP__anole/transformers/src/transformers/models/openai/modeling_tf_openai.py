stub: upstream file of 41056 bytes

stub: upstream file of 57056 bytes

stub: upstream file of 19353 bytes

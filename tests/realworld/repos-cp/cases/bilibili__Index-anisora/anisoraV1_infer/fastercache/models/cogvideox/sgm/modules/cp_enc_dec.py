stub: upstream file of 29318 bytes

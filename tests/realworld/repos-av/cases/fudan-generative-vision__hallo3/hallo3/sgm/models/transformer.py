stub: upstream file of 42305 bytes

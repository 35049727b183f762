stub: upstream file of 3268 bytes

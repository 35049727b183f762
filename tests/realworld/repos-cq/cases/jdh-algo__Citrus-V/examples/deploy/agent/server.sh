stub: upstream file of 268 bytes

stub: upstream file of 19279 bytes

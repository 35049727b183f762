stub: upstream file of 2274 bytes

stub: upstream file of 3248 bytes

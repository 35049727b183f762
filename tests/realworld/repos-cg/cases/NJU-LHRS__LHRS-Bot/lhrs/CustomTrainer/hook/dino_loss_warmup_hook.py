stub: upstream file of 248 bytes

stub: upstream file of 2284 bytes

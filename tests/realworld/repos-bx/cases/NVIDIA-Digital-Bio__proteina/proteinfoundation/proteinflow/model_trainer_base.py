stub: upstream file of 22284 bytes

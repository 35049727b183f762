stub: upstream file of 4284 bytes

stub: upstream file of 284 bytes

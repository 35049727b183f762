stub: upstream file of 55469 bytes

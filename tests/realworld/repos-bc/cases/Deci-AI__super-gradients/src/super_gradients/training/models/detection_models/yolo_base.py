stub: upstream file of 39455 bytes

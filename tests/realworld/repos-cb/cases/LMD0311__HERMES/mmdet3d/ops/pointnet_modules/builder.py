stub: upstream file of 1266 bytes

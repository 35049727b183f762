stub: upstream file of 4493 bytes

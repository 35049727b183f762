stub: upstream file of 11247 bytes

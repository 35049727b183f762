stub: upstream file of 16247 bytes

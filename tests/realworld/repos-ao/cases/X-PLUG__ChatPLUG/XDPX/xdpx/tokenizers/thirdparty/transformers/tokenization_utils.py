stub: upstream file of 66247 bytes

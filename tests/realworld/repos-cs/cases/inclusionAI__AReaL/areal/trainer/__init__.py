stub: upstream file of 247 bytes

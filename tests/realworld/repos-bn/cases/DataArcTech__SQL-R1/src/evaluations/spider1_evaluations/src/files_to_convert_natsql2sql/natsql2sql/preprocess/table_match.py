stub: upstream file of 30247 bytes

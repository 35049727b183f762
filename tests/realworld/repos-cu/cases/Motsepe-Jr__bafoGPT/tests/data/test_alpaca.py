stub: upstream file of 1247 bytes

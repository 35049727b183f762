stub: upstream file of 19247 bytes

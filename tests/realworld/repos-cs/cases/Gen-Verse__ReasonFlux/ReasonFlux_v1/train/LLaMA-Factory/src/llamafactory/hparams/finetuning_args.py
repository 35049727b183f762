stub: upstream file of 18665 bytes

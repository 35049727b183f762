stub: upstream file of 12235 bytes

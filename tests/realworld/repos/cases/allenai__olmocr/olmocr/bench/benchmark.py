stub: upstream file of 22235 bytes

stub: upstream file of 75480 bytes

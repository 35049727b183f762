stub: upstream file of 22090 bytes

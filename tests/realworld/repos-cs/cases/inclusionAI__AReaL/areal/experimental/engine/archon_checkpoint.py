stub: upstream file of 19148 bytes

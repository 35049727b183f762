stub: upstream file of 8287 bytes

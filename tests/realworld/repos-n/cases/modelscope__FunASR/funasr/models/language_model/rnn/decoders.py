stub: upstream file of 50287 bytes

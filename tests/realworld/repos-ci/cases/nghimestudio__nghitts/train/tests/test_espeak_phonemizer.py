stub: upstream file of 256 bytes

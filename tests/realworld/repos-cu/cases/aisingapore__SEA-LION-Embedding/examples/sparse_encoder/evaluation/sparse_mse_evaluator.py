stub: upstream file of 1256 bytes

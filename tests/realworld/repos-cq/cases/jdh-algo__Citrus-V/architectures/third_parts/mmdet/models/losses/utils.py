stub: upstream file of 4256 bytes

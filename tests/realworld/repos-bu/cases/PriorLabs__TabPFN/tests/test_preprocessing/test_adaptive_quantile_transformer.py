stub: upstream file of 6162 bytes

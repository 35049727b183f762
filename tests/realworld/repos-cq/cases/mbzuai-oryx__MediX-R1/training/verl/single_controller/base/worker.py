stub: upstream file of 6555 bytes

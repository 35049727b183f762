stub: upstream file of 31 bytes

stub: upstream file of 16696 bytes

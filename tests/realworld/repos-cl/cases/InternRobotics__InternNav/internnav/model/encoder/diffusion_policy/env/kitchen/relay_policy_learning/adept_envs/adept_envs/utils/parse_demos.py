stub: upstream file of 6920 bytes

stub: upstream file of 43920 bytes

stub: upstream file of 16932 bytes

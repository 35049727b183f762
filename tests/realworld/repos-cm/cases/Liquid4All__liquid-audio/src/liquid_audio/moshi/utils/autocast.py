stub: upstream file of 1544 bytes

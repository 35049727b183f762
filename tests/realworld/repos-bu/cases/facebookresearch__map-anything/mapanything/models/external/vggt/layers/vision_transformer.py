stub: upstream file of 15755 bytes

stub: upstream file of 1331 bytes

stub: upstream file of 1438 bytes

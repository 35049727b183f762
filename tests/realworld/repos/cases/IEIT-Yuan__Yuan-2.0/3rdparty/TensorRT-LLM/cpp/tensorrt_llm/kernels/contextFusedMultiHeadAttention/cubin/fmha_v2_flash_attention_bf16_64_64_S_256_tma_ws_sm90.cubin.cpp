stub: upstream file of 1613374 bytes

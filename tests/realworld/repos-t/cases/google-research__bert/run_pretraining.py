stub: upstream file of 18667 bytes

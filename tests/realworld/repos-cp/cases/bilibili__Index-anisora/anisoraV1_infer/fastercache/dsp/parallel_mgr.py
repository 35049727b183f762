stub: upstream file of 1416 bytes

stub: upstream file of 5667 bytes

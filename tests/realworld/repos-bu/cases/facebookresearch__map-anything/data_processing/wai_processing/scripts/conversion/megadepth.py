stub: upstream file of 12604 bytes

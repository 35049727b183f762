stub: upstream file of 6113 bytes

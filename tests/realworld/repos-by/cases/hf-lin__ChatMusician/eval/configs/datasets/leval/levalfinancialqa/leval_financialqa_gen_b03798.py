stub: upstream file of 1701 bytes

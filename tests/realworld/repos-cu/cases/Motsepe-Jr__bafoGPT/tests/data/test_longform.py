stub: upstream file of 1224 bytes

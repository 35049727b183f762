stub: upstream file of 1382 bytes

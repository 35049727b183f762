stub: upstream file of 2412 bytes

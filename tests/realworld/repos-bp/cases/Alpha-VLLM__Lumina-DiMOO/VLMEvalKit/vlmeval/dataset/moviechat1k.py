stub: upstream file of 10277 bytes

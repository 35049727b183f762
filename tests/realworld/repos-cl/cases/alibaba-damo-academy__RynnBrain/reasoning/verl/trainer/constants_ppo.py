stub: upstream file of 2356 bytes

stub: upstream file of 17356 bytes

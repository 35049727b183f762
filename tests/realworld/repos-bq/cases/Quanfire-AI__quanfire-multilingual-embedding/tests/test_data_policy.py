stub: upstream file of 7428 bytes

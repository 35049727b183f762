stub: upstream file of 22507 bytes

stub: upstream file of 5408 bytes

stub: upstream file of 428 bytes

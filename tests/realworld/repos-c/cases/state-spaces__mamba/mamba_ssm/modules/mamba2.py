stub: upstream file of 17479 bytes

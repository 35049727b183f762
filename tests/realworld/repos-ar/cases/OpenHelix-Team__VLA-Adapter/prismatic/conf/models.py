stub: upstream file of 22354 bytes

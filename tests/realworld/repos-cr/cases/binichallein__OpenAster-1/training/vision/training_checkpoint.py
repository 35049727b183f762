stub: upstream file of 5582 bytes

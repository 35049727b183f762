stub: upstream file of 28441 bytes

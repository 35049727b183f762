stub: upstream file of 5441 bytes

stub: upstream file of 3435 bytes

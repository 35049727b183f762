stub: upstream file of 4499 bytes

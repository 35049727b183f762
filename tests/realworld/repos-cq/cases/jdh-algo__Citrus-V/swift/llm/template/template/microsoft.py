stub: upstream file of 8387 bytes

stub: upstream file of 13387 bytes

stub: upstream file of 8496 bytes

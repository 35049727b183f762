stub: upstream file of 6675 bytes

stub: upstream file of 11675 bytes

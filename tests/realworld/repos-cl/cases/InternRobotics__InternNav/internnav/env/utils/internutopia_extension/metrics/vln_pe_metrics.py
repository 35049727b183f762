stub: upstream file of 4675 bytes

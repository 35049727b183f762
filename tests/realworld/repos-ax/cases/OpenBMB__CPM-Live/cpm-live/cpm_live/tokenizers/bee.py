stub: upstream file of 7675 bytes

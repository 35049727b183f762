stub: upstream file of 24675 bytes

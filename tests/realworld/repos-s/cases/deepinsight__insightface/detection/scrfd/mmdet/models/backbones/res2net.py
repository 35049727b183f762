stub: upstream file of 12675 bytes

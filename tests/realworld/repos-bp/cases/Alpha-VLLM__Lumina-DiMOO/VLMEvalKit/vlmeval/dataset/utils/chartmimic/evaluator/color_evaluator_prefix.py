stub: upstream file of 35675 bytes

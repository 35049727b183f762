stub: upstream file of 47675 bytes

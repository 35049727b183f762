stub: upstream file of 8675 bytes

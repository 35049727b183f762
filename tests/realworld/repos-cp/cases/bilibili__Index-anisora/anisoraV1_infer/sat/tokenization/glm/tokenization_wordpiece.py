stub: upstream file of 14571 bytes

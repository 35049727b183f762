stub: upstream file of 33347 bytes

stub: upstream file of 47518 bytes

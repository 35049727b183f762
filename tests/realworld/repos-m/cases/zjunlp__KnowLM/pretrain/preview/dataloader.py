stub: upstream file of 15647 bytes

stub: upstream file of 17964 bytes

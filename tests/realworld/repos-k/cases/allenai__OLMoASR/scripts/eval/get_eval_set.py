stub: upstream file of 25948 bytes

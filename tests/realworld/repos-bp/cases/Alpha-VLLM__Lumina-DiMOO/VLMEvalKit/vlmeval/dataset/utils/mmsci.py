stub: upstream file of 18948 bytes

stub: upstream file of 33948 bytes

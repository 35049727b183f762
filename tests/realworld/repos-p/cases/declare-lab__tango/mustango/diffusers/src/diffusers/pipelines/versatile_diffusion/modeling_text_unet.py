stub: upstream file of 66958 bytes

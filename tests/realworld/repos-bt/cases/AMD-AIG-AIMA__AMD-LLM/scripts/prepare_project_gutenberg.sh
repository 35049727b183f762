stub: upstream file of 948 bytes

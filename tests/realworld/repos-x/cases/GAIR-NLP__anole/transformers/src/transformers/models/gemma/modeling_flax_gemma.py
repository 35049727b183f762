stub: upstream file of 32333 bytes

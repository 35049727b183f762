stub: upstream file of 32073 bytes

stub: upstream file of 11957 bytes

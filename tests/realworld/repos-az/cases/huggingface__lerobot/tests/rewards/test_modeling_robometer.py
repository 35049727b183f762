stub: upstream file of 14172 bytes

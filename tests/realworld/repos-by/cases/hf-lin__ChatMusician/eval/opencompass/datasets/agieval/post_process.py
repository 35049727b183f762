stub: upstream file of 6561 bytes

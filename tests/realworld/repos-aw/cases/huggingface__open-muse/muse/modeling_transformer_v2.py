stub: upstream file of 38324 bytes

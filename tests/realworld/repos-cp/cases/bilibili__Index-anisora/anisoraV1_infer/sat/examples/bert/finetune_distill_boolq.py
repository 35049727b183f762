stub: upstream file of 4451 bytes

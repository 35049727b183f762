stub: upstream file of 4152 bytes

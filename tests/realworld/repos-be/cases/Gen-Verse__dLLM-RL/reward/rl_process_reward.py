stub: upstream file of 3703 bytes

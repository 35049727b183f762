stub: upstream file of 29542 bytes

stub: upstream file of 14469 bytes

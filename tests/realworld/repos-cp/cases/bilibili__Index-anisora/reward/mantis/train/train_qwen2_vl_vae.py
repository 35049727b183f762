stub: upstream file of 16462 bytes

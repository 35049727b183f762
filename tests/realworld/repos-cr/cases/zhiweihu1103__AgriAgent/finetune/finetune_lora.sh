stub: upstream file of 2037 bytes

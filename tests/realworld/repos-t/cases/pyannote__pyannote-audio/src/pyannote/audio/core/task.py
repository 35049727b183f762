stub: upstream file of 32399 bytes

stub: upstream file of 2462 bytes

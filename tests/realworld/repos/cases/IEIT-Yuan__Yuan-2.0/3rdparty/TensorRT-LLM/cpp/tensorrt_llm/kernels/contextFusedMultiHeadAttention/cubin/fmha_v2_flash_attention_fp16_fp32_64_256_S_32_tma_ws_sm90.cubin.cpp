stub: upstream file of 1770462 bytes

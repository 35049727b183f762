stub: upstream file of 6858 bytes

stub: upstream file of 1512 bytes

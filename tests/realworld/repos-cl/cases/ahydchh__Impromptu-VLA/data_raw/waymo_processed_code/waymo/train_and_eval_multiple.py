stub: upstream file of 1652 bytes

stub: upstream file of 18997 bytes

stub: upstream file of 10487 bytes

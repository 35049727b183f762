stub: upstream file of 5997 bytes

stub: upstream file of 30498 bytes

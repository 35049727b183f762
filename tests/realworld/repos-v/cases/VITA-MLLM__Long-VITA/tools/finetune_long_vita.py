stub: upstream file of 29917 bytes

stub: upstream file of 5524 bytes

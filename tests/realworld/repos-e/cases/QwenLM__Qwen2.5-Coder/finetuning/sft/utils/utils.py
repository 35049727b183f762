stub: upstream file of 15413 bytes
